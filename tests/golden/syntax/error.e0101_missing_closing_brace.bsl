// E0101: the file ends inside a bucket block.
bucket records {
  name "acme-records"
