// Six synthetic events covering every date precision, shared events and districts: the timeline tests' fixture.

/** An event with only what the timeline reads. */
export const event = (id: string, date: string, category = 'funding', districts: string[] = []) => ({ id, data: { date, category, districts } });

export const events = [
  event('maps-aghdam', '2021-06-12', 'mine-map', ['aghdam']),
  event('law', '2025-02-03', 'policy'),
  event('maps-month', '2020-12', 'mine-map'),
  event('ceasefire', '2020-11-10', 'agreement', ['aghdam', 'kalbajar', 'lachin']),
  event('maps-fuzuli', '2021-07-03', 'mine-map', ['fuzuli', 'zangilan']),
  event('monitor', '2005', 'international'),
];
