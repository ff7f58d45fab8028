/**
 * The HTML timeline's inline style and script (render/html.ts): one self-contained page, nothing fetched
 * (its Content-Security-Policy forbids every network load). The script only filters rows by kind, opens
 * the history, and expands or collapses every entry; the page reads the same without it.
 */
export const STYLE = `
:root { --app: #2563eb; --wx: #059669; --user: #d97706; --settings: #7c3aed; --line: #e5e7eb; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #111827; }
body { margin: 0; background: #f9fafb; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 10px 16px; }
h1 { font-size: 16px; margin: 0 0 4px; }
.summary { color: #4b5563; margin: 0 0 6px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.filters label { cursor: pointer; user-select: none; }
.filters button { font: inherit; padding: 1px 8px; border: 1px solid #d1d5db; border-radius: 4px; background: #fff; cursor: pointer; }
main { padding: 8px 16px 32px; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
th { position: sticky; top: 0; background: #f3f4f6; font-weight: 600; }
col.seq { width: 56px; } col.time { width: 64px; } col.scope { width: 92px; }
th.lane-app { color: var(--app); } th.lane-wx { color: var(--wx); } th.lane-user { color: var(--user); } th.lane-settings { color: var(--settings); }
td.seq, td.time { color: #6b7280; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.cell { border-left: 2px solid var(--lane, #d1d5db); border-radius: 3px; overflow-wrap: anywhere; }
td.from-app { --lane: var(--app); } td.from-wx { --lane: var(--wx); } td.from-user { --lane: var(--user); } td.from-settings { --lane: var(--settings); }
td.cell.right { text-align: right; border-left: 0; border-right: 2px solid var(--lane); }
td.cell.note { background: #f9fafb; font-style: italic; }
.verb { display: inline-block; min-width: 44px; font-size: 11px; font-weight: 600; text-transform: uppercase; color: #6b7280; }
tr.kind-result.failed .verb, tr.failed .text { color: #dc2626; }
tr.kind-prompt .verb, tr.kind-answer .verb { color: var(--user); }
tr.kind-auth .verb { color: var(--settings); }
details > summary { cursor: pointer; list-style: none; }
details > summary::-webkit-details-marker { display: none; }
details[open] > summary { font-weight: 600; }
pre { margin: 4px 0 2px; padding: 6px 8px; background: #f3f4f6; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; text-align: left; font-style: normal; }
.part { font-size: 11px; color: #6b7280; margin-top: 4px; }
td.state { font-size: 11px; text-align: center; color: #fff; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.state.undetermined { background: #e5e7eb; color: #6b7280; }
td.state.granted { background: #16a34a; }
td.state.denied { background: #dc2626; }
td.state.changed { font-weight: 700; box-shadow: inset 0 0 0 2px #111827; }
tr.history-summary td { background: #eef2ff; }
tr.history-summary button { font: inherit; border: 0; background: none; color: #4338ca; cursor: pointer; padding: 0; text-decoration: underline; }
tr.history td.cell { opacity: 0.75; }
tr[hidden] { display: none; }
`

export const SCRIPT = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr.entry'));
  var shown = {};
  var historyOpen = false;
  function apply() {
    rows.forEach(function (row) {
      var visible = shown[row.getAttribute('data-kind')] !== false && (!row.classList.contains('history') || historyOpen);
      row.hidden = !visible;
    });
  }
  document.querySelectorAll('.filters input[data-kind]').forEach(function (box) {
    shown[box.getAttribute('data-kind')] = box.checked;
    box.addEventListener('change', function () { shown[box.getAttribute('data-kind')] = box.checked; apply(); });
  });
  document.querySelectorAll('tr.history-summary button').forEach(function (button) {
    button.addEventListener('click', function () {
      historyOpen = !historyOpen;
      button.textContent = historyOpen ? 'hide history' : 'show history';
      apply();
    });
  });
  function openAll(open) { document.querySelectorAll('tbody details').forEach(function (d) { d.open = open; }); }
  var expand = document.getElementById('expand-all'); if (expand) expand.addEventListener('click', function () { openAll(true); });
  var collapse = document.getElementById('collapse-all'); if (collapse) collapse.addEventListener('click', function () { openAll(false); });
  apply();
})();
`
