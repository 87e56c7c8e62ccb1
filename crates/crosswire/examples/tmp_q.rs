use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    for q in crosswire::extract::quotes::find(&s) {
        println!(
            "[{:?}] cue={:?} spk={:?} float={} :: {}",
            q.kind, q.cue, q.speaker, q.floating, q.text
        );
    }
}
