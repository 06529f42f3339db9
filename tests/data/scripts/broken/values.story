person cal
  name: Cal
  name: Cal again
  facts f-ada
  born: 1950
  died: 1940
  description:

era e
  title: E
  from: 1990
  to: 1980

milestone part-two
  title: Part two
  order: 1

moment m
  title: M
  when: 1990-1980
  telling: 1
  facts: f-ada, , F-Ada

moment n
  title: N
  when: c. 1970 ±
  telling: 1
  facts: f-ada
