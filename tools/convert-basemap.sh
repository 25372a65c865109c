#!/usr/bin/env bash
# Rebuilds countries-110m.geojson (the kiosk's bundled basemap) from the npm packages world-atlas and
# topojson-client. Run it from anywhere; it needs node and npm, and writes only resources/map/countries-110m.geojson.
set -euo pipefail
here=$(cd "$(dirname "$0")/../resources/map" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm install --no-save --no-audit --no-fund --silent world-atlas@2.0.2 topojson-client@3.1.0
# TopoJSON -> GeoJSON FeatureCollection (topojson-client's own command)
npx --no-install topo2geo countries=countries.geojson < node_modules/world-atlas/countries-110m.json
# Keep the id (ISO 3166-1 numeric) and the English name, round to 3 decimals (about 100 m, far below what
# a 110m map shows), drop points that rounding made repeat, and write one feature per line.
node - countries.geojson "$here/countries-110m.geojson" <<'JS'
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const round = v => Math.round(v * 1000) / 1000;
const ring = r => {
  const out = [];
  for (const [lon, lat] of r) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const polygon = rings => rings.map(ring).filter(r => r.length >= 4);
const collection = JSON.parse(fs.readFileSync(input, 'utf8'));
const lines = collection.features.map(f => {
  const g = f.geometry;
  const geometry = g.type === 'Polygon'
    ? {type: 'Polygon', coordinates: polygon(g.coordinates)}
    : {type: 'MultiPolygon', coordinates: g.coordinates.map(polygon).filter(p => p.length > 0)};
  const feature = {type: 'Feature'};
  if (f.id !== undefined) feature.id = f.id;
  feature.properties = {name: f.properties.name};
  feature.geometry = geometry;
  return JSON.stringify(feature);
});
fs.writeFileSync(output, '{"type": "FeatureCollection", "features": [\n' + lines.join(',\n') + '\n]}\n');
console.log(`wrote ${lines.length} countries to ${output}`);
JS
