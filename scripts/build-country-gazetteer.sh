#!/usr/bin/env bash
# Regenerates analysis-service/src/main/resources/nlp/countries.tsv from the world-countries npm package (ODbL 1.0).
# Needs npm (the package comes from the npm registry, at build time only; nothing is fetched at run time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-countries@5.1.0 >/dev/null && tar xzf world-countries-5.1.0.tgz)
cd "$here"
mvn -B -q -DskipTests package >&2
java -cp "launcher/target/mediamon-launcher-0.1.0-SNAPSHOT.jar:launcher/target/lib/*" \
  io.mediamon.lab.gazetteer.CountryGazetteerWriter "$work/package/countries.json" \
  analysis-service/src/main/resources/nlp/countries.tsv
echo "wrote analysis-service/src/main/resources/nlp/countries.tsv"
