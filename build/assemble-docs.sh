#!/usr/bin/env bash
# Rebuilds CHANGELOG.md and BENCHMARKS.md from the per-area pieces in docs/changelog/ and
# docs/benchmarks/ (each area keeps its own file so parallel work does not collide).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
areas=(arabic-core arabic-dates crawl extract extract-finder extract-cleaner extract-speed extract-fields extract-leads extract-recall extract-precision extract-rough extract-generalise analyze analyze-sections analyze-ner link link-copies index search web web-pages web-layout api serve demo ingest service reliability solr solr-p99 solr-median solr-tail solr-miss solr-hit solr-sturdy solr-guard solr-gaps solr-batch solr-counts solr-layout solr-order solr-serve solr-peers search-recall search-rank workers)
declare -A titles=([arabic-core]="Arabic language core" [arabic-dates]="Dates and numbers" [crawl]="Crawling"
  [extract]="Extraction" [extract-finder]="Extraction: finding the body" [extract-cleaner]="Extraction: boilerplate" [extract-speed]="Extraction: speed" [extract-fields]="Extraction: fields" [extract-leads]="Extraction: leads and notices" [extract-recall]="Extraction: recall" [extract-precision]="Extraction: precision" [extract-rough]="Extraction: titles and rough edges" [extract-generalise]="Extraction: a learned veto that generalises" [analyze]="Analysis" [analyze-sections]="Analysis: sections, tags, facts, text input" [analyze-ner]="Analysis: trained entity tagger and entity pages" [link]="Copies, stories, related reading" [link-copies]="Copies: groups as sets, what each copy changed" [index]="Index and search"
  [web]="Reader site and API" [search]="Search a reader can steer" [web-pages]="Reader pages: pictures, publishers, snippets, tags" [web-layout]="Layout, fonts, accessibility and browser tests" [solr]="SolrCloud backend" [solr-p99]="SolrCloud: the searches that miss" [solr-median]="SolrCloud: the median search" [search-recall]="Search: known-item recall" [solr-tail]="SolrCloud: the page after a miss" [search-rank]="Search: ranking by the headline" [solr-miss]="SolrCloud: a cheaper miss page" [solr-hit]="SolrCloud: a cheaper hit page" [solr-sturdy]="SolrCloud: sturdy tests and exact copy headlines" [solr-guard]="SolrCloud: guarded listed rewrites" [solr-gaps]="SolrCloud: the respelling's own CPU" [solr-batch]="SolrCloud: fewer respelling round trips" [solr-counts]="SolrCloud: cheaper respelling counts" [solr-layout]="SolrCloud: what as ingested measures" [solr-order]="SolrCloud: the backends' order in the bench" [solr-serve]="SolrCloud: serving under load, and prefixes" [solr-peers]="SolrCloud: the stock peer asked once a query" [workers]="Several workers and operations" [api]="Times, feeds and the API" [serve]="Serving under load and abuse" [demo]="Demo newsroom" [ingest]="Command line and launcher" [service]="Live service: one ingest pipeline, marsad run, rebuild" [reliability]="Reliability and security")
{
  echo "# Changelog"
  echo
  echo "All notable changes for users of Marsad. Dates are UTC."
  echo
  echo "## 0.1.0 — unreleased (first version)"
  for a in "${areas[@]}"; do
    f="docs/changelog/$a.md"; [[ -f "$f" ]] || continue
    echo
    echo "### ${titles[$a]}"
    echo
    # the piece's own title goes; its Added/Changed/Fixed headings move under the area
    sed -e '/^# /d' -e 's/^## /#### /' "$f"
  done
} > CHANGELOG.md
{
  cat docs/benchmarks/README.md
  for a in "${areas[@]}"; do
    f="docs/benchmarks/$a.md"; [[ -f "$f" ]] || continue
    echo
    sed -e 's/^# /## /' "$f"
  done
} > BENCHMARKS.md
