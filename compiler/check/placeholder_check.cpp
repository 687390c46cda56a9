// placeholder: module check has no sources yet
