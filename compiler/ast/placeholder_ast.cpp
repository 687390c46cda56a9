// placeholder: module ast has no sources yet
