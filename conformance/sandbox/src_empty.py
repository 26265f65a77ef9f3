# an empty source
