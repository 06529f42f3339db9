lesson l
  title: Empty
  steps:
