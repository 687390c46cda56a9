// E0207: weakening a secure default needs a written reason.
bucket records {
  transport allow_http
  ownership object_writer
}
