person cal
  name: Cal
  facts: f-ada

parent ada -> bea
parent bea -> cal
parent cal -> ada
parent bea -> bea
