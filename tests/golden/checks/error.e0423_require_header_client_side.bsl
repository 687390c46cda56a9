// E0423: `require header` cannot be enforced with client-side encryption.
bucket vault_data {
  encryption client_side { require header }
}
