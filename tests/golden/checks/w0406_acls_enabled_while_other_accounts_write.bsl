// W0406 (ACLs enabled while other accounts write): this spec must report W0406.
account partner = "444455556666"
bucket drop {
  ownership object_writer because "legacy uploader sets ACLs"
  grant partner write prefix "incoming/"
}
