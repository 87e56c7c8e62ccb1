//! The store's behaviour, run against SQLite and — when `CROSSWIRE_TEST_POSTGRES` names a server
//! (`.ci/run` starts one) — against PostgreSQL, with the same assertions.

use std::path::PathBuf;

use crosswire::ingest::{Inputs, Limits};
use crosswire::pipeline::Options;
use crosswire_store::{ingest, Location, Store, StoryFilter};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/seeds")
}

/// A fresh, empty store of each available backend.
fn fresh_stores(name: &str) -> Vec<Store> {
    let mut stores = Vec::new();
    let dir = std::env::temp_dir().join(format!("crosswire-store-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    stores.push(Store::open(&Location::Sqlite(path)).unwrap());
    match std::env::var("CROSSWIRE_TEST_POSTGRES") {
        Ok(admin) if !admin.is_empty() => {
            let mut client = postgres::Client::connect(&admin, postgres::NoTls)
                .expect("CROSSWIRE_TEST_POSTGRES names a reachable server");
            let db = format!("crosswire_test_{name}");
            client
                .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
                .unwrap();
            client
                .batch_execute(&format!("CREATE DATABASE {db}"))
                .unwrap();
            let (base, _) = admin.rsplit_once('/').expect("URL ends with a database");
            stores.push(Store::open(&Location::Postgres(format!("{base}/{db}"))).unwrap());
        }
        _ => eprintln!("CROSSWIRE_TEST_POSTGRES not set: PostgreSQL not tested here"),
    }
    stores
}

fn ingest_paths(store: &mut Store, paths: Vec<PathBuf>) -> ingest::Report {
    let inputs = Inputs::new(paths, Limits::default());
    ingest::ingest(store, inputs, &Options::default(), |_| {}).unwrap()
}

#[test]
fn the_same_reports_twice_are_stored_once() {
    for mut store in fresh_stores("twice") {
        let first = ingest_paths(&mut store, vec![seeds()]);
        assert_eq!(first.progress.added, 5, "{}", store.location());
        assert_eq!(first.articles, 5);
        assert_eq!(first.stories, 1, "the seeds are one story");
        let second = ingest_paths(&mut store, vec![seeds(), seeds()]);
        assert_eq!(second.progress.added, 0);
        assert_eq!(second.progress.already, 10);
        assert_eq!(second.articles, 5);
        assert_eq!(second.stories, 1);
        assert_eq!(
            second.rebuild_time,
            std::time::Duration::ZERO,
            "nothing new: no rebuild"
        );
    }
}

#[test]
fn stories_and_articles_read_back_as_analyze_makes_them() {
    for mut store in fresh_stores("readback") {
        ingest_paths(&mut store, vec![seeds()]);
        let list = store.stories(&StoryFilter::default()).unwrap();
        assert_eq!(list.len(), 1);
        let story = store
            .story(&list[0].id)
            .unwrap()
            .expect("listed story exists");
        assert!(story.quotes.len() >= 5, "{}", store.location());
        assert!(!story.brief.is_empty());
        assert!(story
            .claims
            .iter()
            .any(|c| c.status == crosswire::model::ClaimStatus::Disputed));
        // Same as a batch analysis of the same reports.
        let (analysis, _) =
            crosswire::pipeline::analyze_paths(vec![seeds()], &Options::default(), |_| {});
        assert_eq!(analysis.stories[0], story);
        for a in &analysis.articles {
            let stored = store.article(&a.id).unwrap().expect("article stored");
            assert_eq!(&stored, a, "{} reads back as analyze made it", a.id);
            assert_eq!(
                store.story_of(&a.id).unwrap().as_deref(),
                Some(story.id.as_str())
            );
        }
        assert!(store.story("s-missing").unwrap().is_none());
        assert!(store.article("a-missing").unwrap().is_none());
    }
}

#[test]
fn stories_filter_by_date_entity_and_source() {
    for mut store in fresh_stores("filters") {
        ingest_paths(&mut store, vec![seeds()]);
        let all = store.stories(&StoryFilter::default()).unwrap();
        let date = all[0].date.expect("the seed story has a date");
        let by = |f: StoryFilter, store: &mut Store| store.stories(&f).unwrap().len();
        let f = StoryFilter {
            entity: Some("Marco Rubio".into()),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 1);
        let f = StoryFilter {
            entity: Some("rubio".into()),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 1, "an alias finds the story too");
        let f = StoryFilter {
            entity: Some("Nobody Anywhere".into()),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 0);
        let outlet = all[0].outlets[0].to_uppercase();
        let f = StoryFilter {
            source: Some(outlet),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 1);
        let f = StoryFilter {
            from: Some(date),
            to: Some(date),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 1);
        let f = StoryFilter {
            from: date.succ_opt(),
            ..Default::default()
        };
        assert_eq!(by(f, &mut store), 0);
    }
}

#[test]
fn search_ranks_reports_quotes_and_entities_with_snippets() {
    for mut store in fresh_stores("search") {
        ingest_paths(&mut store, vec![seeds()]);
        let hits = store.search("de-escalate", 20).unwrap();
        assert!(!hits.is_empty(), "{}", store.location());
        assert!(hits.iter().any(|h| h.kind == "quote"));
        assert!(hits.iter().any(|h| h.kind == "article"));
        for h in &hits {
            assert!(h.story.is_some(), "every hit knows its story");
            assert!(h.snippet_html.contains("<mark>"), "{h:?}");
        }
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        let people = store.search("Jaishankar", 20).unwrap();
        assert!(people.iter().any(|h| h.kind == "entity"));
        // Hostile or empty queries are just queries.
        for q in [
            "",
            "\"",
            "title:x*",
            "NEAR(a b)",
            "' OR 1=1 --",
            "(((",
            "\u{0}",
        ] {
            store.search(q, 10).unwrap();
        }
        assert!(store.search("zzzxqy", 10).unwrap().is_empty());
    }
}

#[test]
fn an_interrupted_ingest_is_finished_by_the_next_one() {
    for mut store in fresh_stores("interrupted") {
        // Reports committed, stories not yet rebuilt: what a kill between the two leaves.
        let records: Vec<_> = Inputs::new(vec![seeds()], Limits::default())
            .map(|r| r.unwrap())
            .take(3)
            .collect();
        let items: Vec<_> = records
            .iter()
            .map(|r| {
                let p = crosswire::pipeline::process_record(r).unwrap();
                (p.article, p.meta)
            })
            .collect();
        assert_eq!(store.add(&items).unwrap(), 3);
        assert_eq!(
            store.add(&items).unwrap(),
            0,
            "adding again changes nothing"
        );
        let counts = store.counts().unwrap();
        assert!(counts.stale);
        assert_eq!(counts.stories, 0);
        let report = ingest_paths(&mut store, vec![seeds()]);
        assert_eq!(report.progress.added, 2);
        assert_eq!(report.progress.already, 3);
        let counts = store.counts().unwrap();
        assert!(!counts.stale);
        assert_eq!((counts.articles, counts.stories), (5, 1));
    }
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_stored() {
    for mut store in fresh_stores("bad") {
        let dir = std::env::temp_dir().join(format!("crosswire-store-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
        std::fs::write(dir.join("empty.txt"), "").unwrap();
        let report = ingest_paths(&mut store, vec![dir.clone(), seeds()]);
        assert_eq!(report.progress.added, 5);
        assert_eq!(report.errors.len(), 2, "{:?}", report.errors);
        assert!(report
            .errors
            .iter()
            .all(|e| e.path.contains("crosswire-store-bad")));
    }
}

#[test]
fn imported_clusters_decide_stories_and_importing_twice_changes_nothing() {
    for mut store in fresh_stores("imported") {
        ingest_paths(&mut store, vec![seeds()]);
        let story = store.all_stories().unwrap().remove(0);
        // Split the one story in two, as an engine elsewhere might have.
        let pairs: Vec<(String, String)> = story
            .articles
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), if i < 2 { "left" } else { "right" }.to_string()))
            .chain([("a-not-stored-yet".to_string(), "left".to_string())])
            .collect();
        assert_eq!(store.import_clusters(&pairs).unwrap(), 6);
        assert!(store.counts().unwrap().stale);
        ingest::rebuild(&mut store, &Options::default()).unwrap();
        let stories = store.all_stories().unwrap();
        assert_eq!(stories.len(), 2, "{}", store.location());
        let mut sizes: Vec<usize> = stories.iter().map(|s| s.articles.len()).collect();
        sizes.sort();
        assert_eq!(sizes, vec![2, 3]);
        assert_eq!(store.import_clusters(&pairs).unwrap(), 0, "idempotent");
        assert!(!store.counts().unwrap().stale);
        // A later ingest keeps the imported decision.
        let again = ingest_paths(&mut store, vec![seeds()]);
        assert_eq!(again.stories, 2);
    }
}
