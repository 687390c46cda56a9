// placeholder: module driver has no sources yet
