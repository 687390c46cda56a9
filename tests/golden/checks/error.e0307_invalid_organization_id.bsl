// E0307 (invalid organization id): this spec must report E0307.
org acme = "a1b2c3d4e5"
bucket shared { grant org acme list }
