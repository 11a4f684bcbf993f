fn main() {
    let names: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = names
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let arts: Vec<_> = names
        .iter()
        .zip(&texts)
        .map(|(n, t)| article_compare::Article::new(n, t))
        .collect();
    let r = article_compare::compare(&arts).unwrap();
    let t = |l: [usize; 2]| {
        let s = &r.articles[l[0]].sentences[l[1]].text;
        s.chars().take(70).collect::<String>()
    };
    for m in &r.matches {
        println!(
            "{:?} {:?} {:.2} {:?}\n   {}\n   {}",
            m.a,
            m.b,
            m.score,
            m.grade,
            t(m.a),
            t(m.b)
        );
    }
    for x in &r.repeats {
        println!("repeat {:?}", x);
    }
    for x in &r.passages {
        println!("passage {:?}", x);
    }
    println!(
        "clusters {} unique {:?}",
        r.clusters.len(),
        r.unique.iter().map(|u| u.len()).collect::<Vec<_>>()
    );
    for row in &r.containment {
        println!(
            "{:?}",
            row.iter().map(|x| format!("{x:.2}")).collect::<Vec<_>>()
        );
    }
}
