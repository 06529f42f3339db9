lesson l
  title: T
  class-milestone: nowhere
  steps:
    moment no-such-moment:
      minutes: -1
    reflect
    jump 99999999999999999999:
