// E0415 (duplicate physical bucket name): the fixed spec reports nothing.
bucket raw     { name "acme-data-raw" }
bucket curated { name "acme-data-curated" }
