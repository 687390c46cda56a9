// E0423 (require header with client-side encryption): the fixed spec reports nothing.
bucket vault_data {
  encryption client_side
}
