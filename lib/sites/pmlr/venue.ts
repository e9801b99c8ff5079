/**
 * The name people cite for a PMLR proceedings title: "Proceedings of the 40th International
 * Conference on Machine Learning" → ICML. Only the series PMLR publishes every year are
 * listed; any other title is kept as the page gives it.
 */
const ACRONYMS: [RegExp, string][] = [
  [/^international conference on machine learning$/i, 'ICML'],
  [/^international conference on artificial intelligence and statistics$/i, 'AISTATS'],
  [/^(annual )?conference on learning theory$/i, 'COLT'],
  [/^conference on robot learning$/i, 'CoRL'],
  [/^conference on uncertainty in artificial intelligence$/i, 'UAI'],
  [/^asian conference on machine learning$/i, 'ACML'],
  [/^international conference on algorithmic learning theory$/i, 'ALT'],
  [/^(annual )?learning for dynamics and control conference$/i, 'L4DC'],
  [/^conference on causal learning and reasoning$/i, 'CLeaR'],
  [/^medical imaging with deep learning$/i, 'MIDL'],
];

/** The series a proceedings title names, without "Proceedings of the 40th". */
export function seriesName(title: string): string {
  return title
    .replace(/^proceedings of (the )?/i, '')
    .replace(
      /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+/i,
      '',
    )
    .replace(/,?\s*(PMLR\b.*|\d{4})$/i, '')
    .trim();
}

export function pmlrVenueName(title: string): string {
  const series = seriesName(title);
  return ACRONYMS.find(([pattern]) => pattern.test(series))?.[1] ?? title;
}
