// E0307 (invalid organization id): the fixed spec reports nothing.
org acme = "o-a1b2c3d4e5"
bucket shared { grant org acme list }
