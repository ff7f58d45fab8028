// app.js: two pages with the permission bugs real apps ship, for the explorer (src/repro/explore.ts) to find.
App({})
