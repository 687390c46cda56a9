// E0202: a name defined twice.
account partner = "444455556666"
account partner = "777788889999"

bucket records {}
bucket records {}
