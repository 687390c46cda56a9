// placeholder: module ir has no sources yet
