// E0415 (duplicate physical bucket name): this spec must report E0415.
bucket raw     { name "acme-data" }
bucket curated { name "acme-data" }
