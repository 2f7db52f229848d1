// Map tooltips: the province's name, value and year beside the pointer or the focused province. The
// same text is each link's accessible name, and the table beside the map has every value with its
// source, so nothing depends on this script (a <title> per province doubled the map's weight).
for (const figure of document.querySelectorAll<HTMLElement>('figure.map')) {
  const tip = document.createElement('div');
  tip.className = 'map-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  figure.append(tip);
  const show = (area: Element, x?: number, y?: number) => {
    tip.textContent = area.getAttribute('aria-label');
    tip.hidden = false;
    const box = figure.getBoundingClientRect();
    const r = area.getBoundingClientRect();
    const left = (x ?? r.left + r.width / 2) - box.left;
    const top = (y ?? r.top + r.height / 2) - box.top;
    tip.style.left = `${Math.max(0, Math.min(left + 12, box.width - tip.offsetWidth))}px`;
    tip.style.top = `${top + 12}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  figure.addEventListener('pointermove', (e) => {
    const area = (e.target as Element).closest('a.area');
    if (area) show(area, e.clientX, e.clientY);
    else hide();
  });
  figure.addEventListener('pointerleave', hide);
  figure.addEventListener('focusin', (e) => {
    const area = (e.target as Element).closest('a.area');
    if (area) show(area);
  });
  figure.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
