fn main() {
    for f in std::env::args().skip(1) {
        let t = std::fs::read_to_string(&f).unwrap();
        for s in article_compare::segment::sentences(&t) {
            println!("{:>2} {}", s.paragraph, s.text(&t));
        }
    }
}
