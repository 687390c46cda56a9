// W0406 (ACLs enabled while other accounts write): the fixed spec reports nothing.
account partner = "444455556666"
bucket drop {
  grant partner write prefix "incoming/"
}
