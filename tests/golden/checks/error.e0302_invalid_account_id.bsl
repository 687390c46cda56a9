// E0302 (invalid account id): this spec must report E0302.
account partner = "44445555666"
bucket exports { grant partner read prefix "exports/" }
