person dan
  name: Dan

moment dan-arrives
  title: Dan arrives
  when: 1965
