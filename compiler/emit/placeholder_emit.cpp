// placeholder: module emit has no sources yet
