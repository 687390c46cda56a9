// The spec is fine; the .bslc.yaml beside it is not (E0801), so bslc stops
// before compiling rather than guess what the team meant to enforce.
bucket data {
  name "acme-golden-config"
  account "111122223333"
}
