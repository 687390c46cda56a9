// E0302 (invalid account id): the fixed spec reports nothing.
account partner = "444455556666"
bucket exports { grant partner read prefix "exports/" }
