// E0406 (public grant while Block Public Access blocks public policies): this spec must report E0406.
bucket site {
  grant public read because "marketing site"
}
