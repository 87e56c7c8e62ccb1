use crate::extract::quotes::{find as find_quotes, QuoteKind};

/// (content, speaker) of each reported quote.
fn reported(text: &str) -> Vec<(String, Option<String>)> {
    find_quotes(text)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn pair(content: &str, speaker: &str) -> (String, Option<String>) {
    (content.to_string(), Some(speaker.to_string()))
}

#[test]
fn contents_after_that_an_addressee_and_a_time() {
    // "at least" is a number, not a place before the content's "that".
    let r = reported("Officials reported at least 20 victims at a center that treats the sick.");
    assert_eq!(
        r,
        vec![pair(
            "at least 20 victims at a center that treats the sick",
            "Officials"
        )]
    );
    // A contracted pronoun opens the content; it does not lengthen the addressee.
    let r = reported("Lee also told Breitbart News he'd support Ana Ruiz in a general election.");
    assert_eq!(
        r,
        vec![pair("he'd support Ana Ruiz in a general election", "Lee")]
    );
    // After "that", an opening phrase set off by a comma belongs to the content.
    let r =
        reported("Lee said that in a race between Ruiz and Stone, he would support the former.");
    assert_eq!(
        r,
        vec![pair(
            "in a race between Ruiz and Stone, he would support the former",
            "Lee"
        )]
    );
    let r = reported("Lee said that, during the war, the town was helping steer the work.");
    assert_eq!(
        r,
        vec![pair(
            "during the war, the town was helping steer the work",
            "Lee"
        )]
    );
    // "on Twitter" and "this week" are where and when, not what was said.
    let r = reported("Lee said on Twitter that the comment by Ana Ruiz was inappropriate.");
    assert_eq!(
        r,
        vec![pair("the comment by Ana Ruiz was inappropriate", "Lee")]
    );
    let r = reported("Lee told reporters earlier this week he would run again.");
    assert_eq!(r, vec![pair("he would run again", "Lee")]);
    // Only a time after the addressee: the content stands before the attribution.
    let r = reported(
        "The union will likely sit out the election altogether, Ana Ruiz told POLITICO earlier this week.",
    );
    assert_eq!(
        r,
        vec![pair(
            "The union will likely sit out the election altogether",
            "Ana Ruiz"
        )]
    );
    // A time or place between the speaker and the verb is neither.
    let r = reported("The committee this week announced that it will meet again.");
    assert_eq!(r, vec![pair("it will meet again", "The committee")]);
    let r = reported("Her campaign workers here said they have been in the state since May.");
    assert_eq!(
        r,
        vec![pair(
            "they have been in the state since May",
            "Her campaign workers"
        )]
    );
    // A participle after a content-first attribution tells how it was said.
    let r = reported("Sales were great this year, he said, smiling at the crowd.");
    assert_eq!(r, vec![pair("Sales were great this year", "he")]);
    // A partial quotation closing the content before the speaker, then more content.
    let r = reported(
        "Ruiz will play the \u{201c}local card,\u{201d} Stone said, adding that the race was over.",
    );
    assert!(
        r.contains(&pair("Ruiz will play the \u{201c}local card", "Stone")),
        "{r:?}"
    );
    // An emphatic reflexive between the speaker and the verb.
    let r = reported("The company itself said the deal was on.");
    assert_eq!(r, vec![pair("the deal was on", "The company")]);
    // A modifier of place or time after the cue, then the content's own subject.
    let r = reported("The group said in a statement Thursday night they pulled the listing.");
    assert_eq!(r, vec![pair("they pulled the listing", "The group")]);
    // A participle describing the addressee is not content.
    let r = reported("Lee told a meeting being held in a church in the city about it.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn an_addressee_ends_at_the_next_determiner_and_a_quantifier_opens_a_speaker() {
    let r = reported("Lee told the AP his firm worked closely with the group.");
    assert_eq!(
        r,
        vec![pair("his firm worked closely with the group", "Lee")]
    );
    let r = reported("The plan would fail in the end, one longtime friend said.");
    assert_eq!(
        r,
        vec![pair(
            "The plan would fail in the end",
            "one longtime friend"
        )]
    );
    let r = reported("The plan would fail in the end, some officials said.");
    assert_eq!(
        r,
        vec![pair("The plan would fail in the end", "some officials")]
    );
    let r = reported("The solution, the partner told them, was simple and cheap.");
    assert_eq!(r, vec![pair("was simple and cheap", "the partner")]);
}

#[test]
fn a_closing_according_to_over_a_sentence_with_its_own_cue() {
    let r = reported("Lee was holding a meeting in his office and told aides that he viewed Ruiz as a threat, according to someone in attendance.");
    assert!(
        r.contains(&pair(
            "Lee was holding a meeting in his office and told aides that he viewed Ruiz as a threat",
            "someone in attendance"
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&pair("he viewed Ruiz as a threat", "Lee")),
        "{r:?}"
    );
}

#[test]
fn a_title_case_headline_after_a_possessive() {
    let r = reported(
        "Ruiz’s Son Says The Battle Against Stone Will Be Unprecedented.\n\nRuiz spoke on Monday.",
    );
    assert_eq!(
        r,
        vec![pair(
            "The Battle Against Stone Will Be Unprecedented",
            "Ruiz’s Son"
        )]
    );
}

#[test]
fn speakers_with_a_suffix_or_a_possessor_and_tails_that_describe_them() {
    let r = reported(
        "Vice President Ana R. Ruiz Jr. warned this week that the man had raised the dangers.",
    );
    assert_eq!(
        r,
        vec![pair(
            "the man had raised the dangers",
            "Vice President Ana R. Ruiz Jr"
        )]
    );
    let r =
        reported("The first step will be to help them keep their seats, the senator’s allies say.");
    assert_eq!(
        r,
        vec![pair(
            "The first step will be to help them keep their seats",
            "the senator’s allies"
        )]
    );
    let r = reported("This is not about me, President Ruiz told his closest advisers as he labored over one of the last major addresses of his term.");
    assert_eq!(r, vec![pair("This is not about me", "President Ruiz")]);
    let r = reported("Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who point to his strong ties with organized labor.");
    // (What they point to is their evidence, a content of its own.)
    assert_eq!(
        r,
        vec![
            pair(
                "Defending that terrain is squarely within his wheelhouse",
                "a handful of Democrats"
            ),
            pair(
                "his strong ties with organized labor",
                "a handful of Democrats"
            )
        ]
    );
    let r = reported("The plan is sickening and wrong, Lee said Tuesday in Paris, noting the nominee makes him retch.");
    assert_eq!(
        r,
        vec![
            pair("The plan is sickening and wrong", "Lee"),
            pair("the nominee makes him retch", "Lee")
        ]
    );
}

#[test]
fn a_quantity_after_the_cue_and_according_to_after_a_quotation() {
    let r = reported("CNN reported at least six planes filled the skies with messages.");
    assert_eq!(
        r,
        vec![pair(
            "at least six planes filled the skies with messages",
            "CNN"
        )]
    );
    let r = reported("On Saturday, Ruiz made clear that the meeting was not political, saying that critics should \"look for a psychiatrist,\" according to Reuters.");
    assert!(
        r.iter()
            .any(|(c, sp)| c.starts_with("On Saturday, Ruiz made clear")
                && sp.as_deref() == Some("Reuters")),
        "{r:?}"
    );
}

#[test]
fn findings_further_from_their_noun_poll_shares_after_a_semicolon_and_a_closing_place() {
    let r = reported("A study by the state university and the graduate school of education found that tuition costs are the highest in the region.");
    assert!(
        r.iter()
            .any(|(c, _)| c == "tuition costs are the highest in the region"),
        "{r:?}"
    );
    let r =
        reported("A video of the episode shows her clutching her phone among the shoving hands.");
    assert!(
        r.iter()
            .any(|(c, _)| c.starts_with("her clutching her phone")),
        "{r:?}"
    );
    let r = reported("The generation leans left on social issues; 26% say they are conservative.");
    assert!(r.iter().any(|(c, _)| c == "they are conservative"), "{r:?}");
    let r = reported("His allegiance has shifted from Stone to Lee, Ruiz said during his campaign speech to the delegates.");
    assert_eq!(
        r,
        vec![pair("His allegiance has shifted from Stone to Lee", "Ruiz")]
    );
}

#[test]
fn views_held_expressed_or_made_clear() {
    let r = reported(
        "Ruiz's aides have privately expressed frustration over Stone's continuing campaign.",
    );
    assert_eq!(r, vec![pair("Stone's continuing campaign", "Ruiz's aides")]);
    // An owned feeling, or one with nothing after it, is the position itself.
    let r = reported("Lee voiced his disapproval of the ruling.");
    assert_eq!(r, vec![pair("his disapproval of the ruling", "Lee")]);
    let r = reported("The mayor has expressed concerns.");
    assert_eq!(r, vec![pair("concerns", "The mayor")]);
    // Not the noun.
    assert!(reported("Their voices drowned out the whistles of the police.").is_empty());
    let r = reported("Ruiz is confident that the party could still come together.");
    assert_eq!(r, vec![pair("the party could still come together", "Ruiz")]);
    let r = reported("Aides were deeply concerned about the state of the campaign.");
    assert_eq!(r, vec![pair("the state of the campaign", "Aides")]);
    let r = reported("Ruiz made it clear that the party could still come together.");
    assert_eq!(r, vec![pair("the party could still come together", "Ruiz")]);
    // Past "been", the subject stands before the verb group.
    let r = reported("Ruiz's allies have long been concerned that the fund will run dry.");
    assert_eq!(r, vec![pair("the fund will run dry", "Ruiz's allies")]);
    // Not a view: "made" with an object.
    assert!(reported("Ruiz made a clear plan for the party.").is_empty());
}

#[test]
fn verbs_of_knowing_are_cues_only_before_that() {
    let r = reported("Some delegates doubt that there will be any change to the rules.");
    assert_eq!(
        r,
        vec![pair(
            "there will be any change to the rules",
            "Some delegates"
        )]
    );
    let r = reported("Lee recognized that the plan had failed.");
    assert_eq!(r, vec![pair("the plan had failed", "Lee")]);
    let r = reported("The results demonstrated that the plan had failed.");
    assert_eq!(r, vec![pair("the plan had failed", "The results")]);
    // Without "that" they mean something else.
    assert!(reported("Lee recognized the new government in the spring.").is_empty());
    assert!(reported("The mayor demonstrated the new machine at the fair.").is_empty());
    assert!(reported("Ruiz knew the city and its streets very well.").is_empty());
}

#[test]
fn a_cue_joined_by_but_to_a_position_has_its_speaker() {
    let r = reported(
        "Lee endorsed Ruiz, but told the Harbor Times on Monday that he thought Stone would win.",
    );
    assert!(
        r.contains(&pair("he thought Stone would win", "Lee")),
        "{r:?}"
    );
}

#[test]
fn a_cue_in_an_infinitive_after_went_on_and_a_noun_like_form_after_a_name() {
    let r = reported("Ruiz went on to say the convention failed to mention the war.");
    assert_eq!(
        r,
        vec![pair("the convention failed to mention the war", "Ruiz")]
    );
    let q = find_quotes("Ruiz went on to say, \u{201c}We will win this state by a mile.\u{201d}");
    assert_eq!(q[0].speaker.as_deref(), Some("Ruiz"));
    let r = reported("The Harbor Times reports Lee will endorse Ruiz at a rally on Saturday.");
    assert_eq!(
        r,
        vec![pair(
            "Lee will endorse Ruiz at a rally on Saturday",
            "The Harbor Times"
        )]
    );
}

#[test]
fn a_subject_set_off_from_its_verb_by_dashes_or_after_a_suffix() {
    let r = reported("Many speakers at the service \u{2014} including Muslims, Christians, Catholics, Jews \u{2014} said the death is painful at this time.");
    assert_eq!(
        r,
        vec![pair(
            "the death is painful at this time",
            "Many speakers at the service"
        )]
    );
    let r = reported("Ruiz says, win or lose in Tuesday's primary, she's staying in the race.");
    assert_eq!(
        r,
        vec![pair(
            "win or lose in Tuesday's primary, she's staying in the race",
            "Ruiz"
        )]
    );
    let r = reported("The justice -- who has been in a scuffle with the nominee over the past few days -- said she regretted her remarks.");
    assert_eq!(r, vec![pair("she regretted her remarks", "The justice")]);
    let r = reported("Vice President Ana R. Ruiz Jr., who was to travel to Columbus, Ohio, on Wednesday, said the rules touched on a core issue.");
    assert!(
        r.iter()
            .any(|(c, sp)| c == "the rules touched on a core issue"
                && sp.as_deref() == Some("Vice President Ana R. Ruiz Jr")),
        "{r:?}"
    );
}

#[test]
fn content_before_an_attribution_that_goes_on_with_a_participle() {
    let r = reported("Ruiz intends to deliver an address at the club this month, Mr. Lee said, adding that she would also hold talks.");
    assert_eq!(
        r,
        vec![
            pair(
                "Ruiz intends to deliver an address at the club this month",
                "Mr. Lee"
            ),
            pair("she would also hold talks", "Mr. Lee"),
        ]
    );
}

#[test]
fn a_passive_as_reported_by_and_a_saying_verb_after_a_position() {
    let r = reported("As first reported by The Post, the minister was made aware of her duty.");
    assert_eq!(
        r,
        vec![pair("the minister was made aware of her duty", "The Post")]
    );
    let r = reported("Ruiz, who endorsed Stone in late May and said he would probably campaign with him, did not show up.");
    assert!(r.contains(&pair("Stone", "Ruiz")), "{r:?}");
    assert!(
        r.iter()
            .any(|(c, sp)| c.starts_with("he would probably campaign")
                && sp.as_deref() == Some("Ruiz")),
        "{r:?}"
    );
}

#[test]
fn links_titles_and_an_according_to_after_a_question_are_not_contents() {
    let r = reported(
        "The amount approved for the move, Ana Ruiz at the paper reports: http://example.com/1Ne.",
    );
    assert!(r.iter().all(|(c, _)| !c.starts_with("http")), "{r:?}");
    let r = reported(
        "\"What does that mean?\" Ruiz asked, according to a transcript of the interview.",
    );
    assert!(
        r.iter().all(|(c, _)| !c.starts_with("to a transcript")),
        "{r:?}"
    );
    let q = find_quotes("\"Lee leaves the musical on its way to Broadway,\" by Times' Ana Ruiz: \"Lee is withdrawing as the director.\"");
    assert!(
        q.iter().all(|q| !q.text.starts_with("Lee leaves")),
        "{:?}",
        q.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn an_attribution_inside_its_content_with_a_possessive_or_a_time_after_it() {
    let r = reported("The permit, his campaign said, had been very hard to get for the group.");
    assert_eq!(
        r,
        vec![pair("had been very hard to get for the group", "campaign")]
    );
    let r = reported("Facebook created the tool to help in times of crisis, Ana Ruiz said on Saturday, and it has activated it five times in the last year.");
    assert!(
        r.contains(&pair(
            "Facebook created the tool to help in times of crisis",
            "Ana Ruiz"
        )),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|(c, _)| c.contains("it has activated it five times")),
        "{r:?}"
    );
}

#[test]
fn a_second_attribution_joined_by_and_ends_the_first_content() {
    let r = reported("Both men issued a statement – Ruiz saying he was \u{201c}very encouraged\u{201d} and Stone calling it a \u{201c}great meeting.\u{201d}");
    assert!(
        r.contains(&pair("he was \u{201c}very encouraged\u{201d}", "Ruiz")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|(c, s)| c.contains("great meeting") && s.as_deref() == Some("Stone")),
        "{r:?}"
    );
    // The quotation in the first content is the first speaker's, not the second's; an
    // infinitive opening with a quotation mark is content.
    let q = find_quotes("Ruiz said he'd make sand \"glow in the dark,\" for instance, and Stone vowed to \"bomb the hell\" out of the group.");
    let glow = q
        .iter()
        .find(|q| q.text == "glow in the dark")
        .expect("direct quote");
    assert_eq!(glow.speaker.as_deref(), Some("Ruiz"), "{q:?}");
    assert!(
        q.iter()
            .any(|q| q.text.starts_with("to \"bomb the hell\"")
                && q.speaker.as_deref() == Some("Stone")),
        "{q:?}"
    );
    // "while Ruiz sought a compromise" is no verb of saying: the content goes on.
    let r = reported("Stone said only he kept his promise, while Ruiz sought a compromise plan.");
    assert_eq!(
        r,
        vec![pair(
            "only he kept his promise, while Ruiz sought a compromise plan",
            "Stone"
        )]
    );
}

#[test]
fn a_name_ending_in_a_month_is_no_opening_date() {
    assert_eq!(
        reported("Yin Myint May, 60, a doctor, said she was elated but feared the army."),
        vec![pair("she was elated but feared the army", "Yin Myint May")]
    );
    assert_eq!(
        reported("In May, the mayor said she was elated by the vote."),
        vec![pair("she was elated by the vote", "the mayor")]
    );
}

#[test]
fn a_source_close_to_someone_and_a_new_report_are_speakers() {
    let r =
        reported("Cruz will rethink how he approaches his colleagues, a source close to him said.");
    assert_eq!(
        r,
        vec![pair(
            "Cruz will rethink how he approaches his colleagues",
            "a source"
        )]
    );
    let r = reported("Hackers compromised 12 workstations and 10 servers, the new report said.");
    assert_eq!(
        r,
        vec![pair(
            "Hackers compromised 12 workstations and 10 servers",
            "the new report"
        )]
    );
}

#[test]
fn states_before_that_is_a_noun_unless_its_subject_stands_before_it() {
    assert!(reported(
        "Her poor showings in the four states that voted last Saturday hurt the campaign."
    )
    .is_empty());
    let r = reported("The report states that courts should not rule too close to an election.");
    assert_eq!(
        r,
        vec![pair(
            "courts should not rule too close to an election",
            "The report"
        )]
    );
}

#[test]
fn a_polls_shares_and_what_each_thinks_or_chose() {
    let r = reported(
        "Six in 10 say she is at least somewhat decisive, after half said so in the earlier poll.",
    );
    assert!(
        r.contains(&pair("she is at least somewhat decisive", "Six in 10")),
        "{r:?}"
    );
    // A choice is its object, up to the comma; each clause holds its own share.
    let r = reported("Thirty-seven percent would vote for Ana Ruiz, a former senator, while only four percent would vote for Tom Hale.");
    assert_eq!(
        r,
        vec![
            pair("Ana Ruiz", "Thirty-seven percent"),
            pair("Tom Hale", "only four percent")
        ]
    );
    let r = reported("Among likely voters, a majority of Republicans support a temporary ban on imports from the region.");
    assert_eq!(
        r,
        vec![pair(
            "a temporary ban on imports from the region",
            "a majority of Republicans"
        )]
    );
    // Not a share: a title, or "the most" of a superlative.
    assert!(reported("Majority Leader Ana Ruiz agreed to a call on Wednesday.").is_empty());
    assert!(reported("Only the most painful contortions allow them to support Ruiz.").is_empty());
}

#[test]
fn a_characterisation_after_what_the_speaker_did_is_the_subjects() {
    let r = reported("Hours later, she issued a statement calling the plan \"a reckless gamble with our savings.\"");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("she"), "{r:?}");
}

#[test]
fn a_content_closing_on_a_partial_quote_before_its_attribution() {
    assert_eq!(
        reported("The new strategy for the border is a \"very welcome tack,\" he said."),
        [pair(
            "The new strategy for the border is a \"very welcome tack",
            "he"
        )]
    );
    // However much of it the quotation holds, as long as two words of the content stand
    // outside it.
    assert_eq!(
        reported("The law was \u{201c}very assertive and interventionist,\u{201d} said Ana Lee."),
        [pair(
            "The law was \u{201c}very assertive and interventionist",
            "Ana Lee"
        )]
    );
    // A whole quotation before its attribution is direct only.
    assert!(
        reported("\u{201c}The new strategy is a very welcome tack,\u{201d} he said.").is_empty()
    );
}

#[test]
fn a_participle_or_a_that_clause_after_a_cue_has_the_clause_subject() {
    assert_eq!(
        reported(
            "He sent a two-page memo to the newspaper in April explaining his plan for the border."
        ),
        [pair("his plan for the border", "He")]
    );
    // A that-clause after a cue far from its subject.
    assert_eq!(
        reported("Senator Ana Ruiz, a Republican who is also in a difficult fight, used a closed-door luncheon to complain that the comments were obscuring the message."),
        [pair("the comments were obscuring the message", "Senator Ana Ruiz")]
    );
    let direct = find_quotes("She sent out an email as the committee meeting began vowing to \u{201c}fight for every single vote\u{201d} in the last primary.");
    assert!(
        direct.iter().all(|q| q.speaker.as_deref() == Some("She")),
        "{direct:?}"
    );
}

#[test]
fn openings_conjunctions_and_appositions_around_the_speaker() {
    assert_eq!(
        reported("Earlier this week, Ana Ruiz, who served as minister when the decision was made, conceded the situation in the country is regrettable."),
        [pair("the situation in the country is regrettable", "Ana Ruiz")]
    );
    assert_eq!(
        reported("Stone says the plan will work. And he added that the cost would fall by half next year."),
        [
            pair("the plan will work", "Stone"),
            pair("the cost would fall by half next year", "he")
        ]
    );
    // After "told" stands the addressee; the speaker is the name set off by commas, and
    // their apposition is not content.
    assert_eq!(
        reported("Ruiz remains committed to the race until the convention, her top aide, Tom Hale, told The Daily Ledger."),
        [pair("Ruiz remains committed to the race until the convention", "Tom Hale")]
    );
}

#[test]
fn a_gerund_after_an_opening_preposition_has_the_main_clause_subject() {
    // The preposition opening the sentence is not the speaker; the main clause's subject is.
    let found = reported("In responding Friday, the Ruiz campaign took the unusual step of criticizing the agency, accusing its officials of \"overclassification run amok.\"");
    assert!(
        found
            .iter()
            .all(|(_, speaker)| speaker.as_deref() != Some("In")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, speaker)| speaker.as_deref() == Some("Ruiz")),
        "{found:?}"
    );
    assert_eq!(
        reported("After bragging for a year about how cheaply he ran his campaign, Tom Stone is spending more freely now."),
        [pair(
            "for a year about how cheaply he ran his campaign",
            "Tom Stone"
        )]
    );
}

#[test]
fn outlets_and_sources() {
    assert_eq!(
        reported("As The Daily Ledger reported on Friday, the city council approved the budget with two votes to spare."),
        [pair("the city council approved the budget with two votes to spare", "The Daily Ledger")]
    );
    // "As" opening a time clause is not an attribution.
    assert!(reported("As the sun set, the crowd left the square quietly.").is_empty());
    assert_eq!(
        reported(
            "The Associated Press reported that she had reached the number of delegates needed."
        ),
        [pair(
            "she had reached the number of delegates needed",
            "The Associated Press"
        )]
    );
}

#[test]
fn a_modifier_after_a_quote_attribution_is_not_content() {
    assert!(reported("\u{201c}It is a rigged and dirty system,\u{201d} he said earlier this week at a rally in the city.").is_empty());
    // The topic is kept: PolNeAR and readers count "of …" as part of what was said.
    assert_eq!(
        reported("\u{201c}Who do they think they are?\u{201d} Ruiz said of the company, mocking its concerns about privacy.").len(),
        1
    );
    // Only before "that" does "maintained" attribute.
    assert!(reported("Ruiz maintains a commanding lead over her rivals in the polls.").is_empty());
    assert_eq!(
        reported("Ruiz has always maintained that the server was secure."),
        [pair("the server was secure", "Ruiz")]
    );
}

#[test]
fn positions_refusals_demands_and_references() {
    assert_eq!(
        reported(
            "Governor Ana Ruiz endorsed Tom Stone last week and has appeared at his rallies since."
        ),
        [pair("Tom Stone", "Governor Ana Ruiz")]
    );
    assert_eq!(
        reported("The FDIC, a major regulator, declined to say whether the rule applied."),
        [pair("to say whether the rule applied", "The FDIC")]
    );
    assert_eq!(
        reported("Ruiz has called for the minister to release the transcripts of her speeches."),
        [pair(
            "the minister to release the transcripts of her speeches",
            "Ruiz"
        )]
    );
    assert_eq!(
        reported("\u{201c}They will be the majority in thirty years,\u{201d} Ruiz said, referring to the growing Hispanic community, standing next to her aides."),
        [pair("the growing Hispanic community", "Ruiz")]
    );
    // "described" names without quotation marks too when "as" follows its object.
    assert_eq!(
        reported("Stone described the country as beset by crime and debt."),
        [pair("the country as beset by crime and debt", "Stone")]
    );
    // With a named subject, what was described is reported too (PolNeAR marks 26 of 29 such
    // uses); not in the passive nor a self-description.
    assert_eq!(
        reported("Stone described the route to the harbor in detail."),
        [pair("the route to the harbor in detail", "Stone")]
    );
    assert!(reported("The route described in the plan runs north.").is_empty());
    assert!(reported("Stone, a self-described moderate, stayed home.").is_empty());
    // The name given in quotation marks after "as" belongs to what was said.
    assert_eq!(
        reported("Stone referred to the governor as \u{201c}Chris.\u{201d}"),
        [pair("the governor as \u{201c}Chris.\u{201d}", "Stone")]
    );
    assert_eq!(
        reported("Stone referred to the governor as a friend."),
        [pair("the governor as a friend", "Stone")]
    );
}

#[test]
fn a_later_clause_keeps_its_own_that() {
    let r = reported("Ruiz has pledged to support Stone as the nominee, Hale suggested that it would not be simple.");
    assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
    assert!(
        r[0].0.starts_with("to support Stone as the nominee"),
        "{r:?}"
    );
    let r = reported("The council urged him to resign.");
    assert_eq!(r, [pair("to resign", "The council")]);
    let r = reported("Senator Ana Ruiz \u{2014} who chairs the committee \u{2014} insisted that the package include a delay.");
    assert_eq!(r, [pair("the package include a delay", "Senator Ana Ruiz")]);
    let r = reported("Ruiz believes, for example, that the tax should fall on the rich.");
    assert_eq!(r, [pair("the tax should fall on the rich", "Ruiz")]);
}

#[test]
fn expectations_and_appearances_without_a_source() {
    let contents = |t: &str| -> Vec<String> { reported(t).into_iter().map(|r| r.0).collect() };
    assert_eq!(
        contents("In the coming weeks, two rivals are expected to quit the race."),
        ["In the coming weeks, two rivals are expected to quit the race"]
    );
    assert_eq!(
        contents("Voters in the north, who are expected to decide the race, stayed home."),
        ["who are expected to decide the race, stayed home"]
    );
    assert_eq!(
        contents("A broader swath of voters appears to be moving behind the mayor."),
        ["A broader swath of voters appears to be moving behind the mayor"]
    );
    // An appearance on a stage is not one.
    assert!(contents("The mayor appeared on a morning show with her aides.").is_empty());
    // A sentence someone is named for is theirs.
    let r = reported("Her campaign appears to be taking much the same tack, said Ana Ruiz, director of the institute.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"), "{r:?}");
}

#[test]
fn headlines_transcripts_and_questions() {
    let text = "NY Daily News: Budget Cuts Threaten the Transit System.\n\nThe Daily News said on Monday that cuts loom.\n\nTAPPER: Do you think the mayor has campaigned as a healer?\n\nRUIZ: Healing has been part of her message all along.\n\nTapper asked Ruiz about it.";
    let r = reported(text);
    for expected in [
        pair("Budget Cuts Threaten the Transit System.", "NY Daily News"),
        pair(
            "Do you think the mayor has campaigned as a healer?",
            "TAPPER",
        ),
        pair("Healing has been part of her message all along.", "RUIZ"),
    ] {
        assert!(r.contains(&expected), "{expected:?} in {r:?}");
    }
    assert_eq!(
        reported(
            "Governor Ruiz Says Her Budget Will Not Raise Taxes.\n\nThe governor spoke on Monday."
        ),
        [pair("Her Budget Will Not Raise Taxes", "Governor Ruiz")]
    );
    assert_eq!(
        reported("Ruiz Just Revealed Who She Would Pick For The Cabinet\n\nThe governor spoke."),
        [pair("Who She Would Pick For The Cabinet", "Ruiz")]
    );
    // Its first clause, when a comma sets off a second verb (read with the same speaker).
    assert_eq!(
        reported("Ruiz Says Hackers Stole Files, Calls Stone’s Remarks ‘Troubling’\n\nThe governor spoke on Monday."),
        [pair("Hackers Stole Files", "Ruiz"), pair("Stone’s Remarks ‘Troubling’", "Ruiz")]
    );
    // A headline without a speech verb is not one.
    assert!(reported("Storm Batters the Coast for a Third Day.\n\nRain fell.").is_empty());
    let r = reported("Asked by a reporter whether the talks would resume, Ruiz shook her head.");
    assert_eq!(r[0].0, "whether the talks would resume");
    let r = reported("Asked on Monday to respond to the criticism, Stone declined.");
    assert_eq!(r[0].0, "to respond to the criticism");
}

#[test]
fn speaker_first_across_appositions_and_relatives() {
    // "who" after a description set off by commas stands for the name before it.
    let r = reported("The plan was backed by Sen. Ana Ruiz of Ohio, the ranking member on the Budget Committee, who said none of the cuts would fall on schools.");
    assert_eq!(r[0].1.as_deref(), Some("Sen. Ana Ruiz of Ohio"), "{r:?}");
    let r = reported("Ana Ruiz, a professor of history at the university, said that the archive would reopen next year.");
    assert_eq!(
        r,
        [(
            "the archive would reopen next year".into(),
            Some("Ana Ruiz".into())
        )]
    );
    let r = reported(
        "The mayor met Tom Stone, who has repeatedly said the bridge is unsafe for trucks.",
    );
    assert_eq!(r[0].0, "the bridge is unsafe for trucks");
    assert_eq!(r[0].1.as_deref(), Some("Tom Stone"));
    // With no name before the pronoun, the noun phrase from its determiner.
    let r = reported(
        "The mayor met one engineer familiar with the plans, who said the bridge is unsafe.",
    );
    assert_eq!(
        r[0].1.as_deref(),
        Some("one engineer familiar with the plans")
    );
    let r = reported("A protester who said the bridge is unsafe was arrested.");
    assert_eq!(r[0].1.as_deref(), Some("A protester"));
    let r = reported("Some experts said it could be a difficult pledge to keep.");
    assert_eq!(r[0].1.as_deref(), Some("Some experts"));
    let r = reported("The governor has vowed to veto the budget bill next week.");
    assert_eq!(r[0].0, "to veto the budget bill next week");
}

#[test]
fn content_first_and_parenthetical_attributions() {
    let r = reported(
        "The plant will close by the end of the year, a company spokesman said on Monday.",
    );
    assert_eq!(r[0].0, "The plant will close by the end of the year");
    let r = reported("Turnout was the highest in decades, said Ana Ruiz, the director of the institute, which tracks elections.");
    assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"));
    let r =
        reported("In the end, Ms. Ruiz said, union voters almost always vote for the incumbent.");
    assert_eq!(r[0].0, "union voters almost always vote for the incumbent");
    let r = reported("As for the mayor, he said he is not worried about the polls.");
    assert_eq!(
        r,
        [(
            "he is not worried about the polls".into(),
            Some("he".into())
        )]
    );
}

#[test]
fn a_name_after_the_cue_followed_by_its_verb_is_not_the_speaker() {
    let r = reported("North Carolina's Ana Ruiz, one of only a handful of party members, said Stone will exceed expectations with young voters.");
    assert!(
        r.iter().all(|(_, sp)| sp.as_deref() != Some("Stone")),
        "{r:?}"
    );
}

#[test]
fn a_possessor_opens_the_subject_across_appositions() {
    let r = reported("Nevada's governor, Ana Ruiz, a Republican, said Tuesday that she had voted for the measure.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Nevada's governor"), "{r:?}");
    assert!(r[0].0.starts_with("she had voted"), "{r:?}");
}

#[test]
fn according_to_inside_a_sentence_or_without_a_comma() {
    // Set off inside the sentence: the content is the whole sentence.
    let r = reported("At the heart of the trouble, according to a former envoy, was a decision to keep the allies at a distance.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.starts_with("At the heart of the trouble"), "{r:?}");
    assert!(r[0].0.ends_with("at a distance"), "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("a former envoy"));
    // Closing the sentence with no comma before it.
    let r = reported(
        "Ruiz leads Stone by 271 pledged delegates according to a count by the Associated Press.",
    );
    assert_eq!(
        r,
        [pair(
            "Ruiz leads Stone by 271 pledged delegates",
            "a count by the Associated Press"
        )]
    );
    // An idiom is no attribution.
    assert!(reported("The launch of the new rocket went ahead according to plan.").is_empty());
}

#[test]
fn according_to_findings_and_questions() {
    let r = reported("According to the latest census figures, the city grew by 4 percent.");
    assert_eq!(r[0].0, "the city grew by 4 percent");
    let r = reported("The senator leads by nine points, according to a new poll.");
    assert_eq!(r[0].0, "The senator leads by nine points");
    let r = reported("A review of the records shows most of the hours were spent on travel.");
    assert_eq!(r[0].0, "most of the hours were spent on travel");
    let r = reported("Asked whether he would run again, the mayor smiled.");
    assert_eq!(r[0].0, "whether he would run again");
}

#[test]
fn quoted_words_inside_a_clause() {
    let r =
        reported("Ruiz spent the week describing rivals as \u{201c}weak and tired\u{201d} men.");
    assert_eq!(r[0].0, "rivals as \u{201c}weak and tired\u{201d} men");
    assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
    // A quoted title is not speech.
    assert!(reported(
        "The senator showed more of his personal side on \u{201c}The Late Show\u{201d} this week."
    )
    .is_empty());
}

#[test]
fn a_partial_quote_beside_a_quotation_nobody_is_named_for() {
    // The second sentence's long quotation has no attribution of its own (it floats from
    // the first); the verb before it still attributes the clause.
    let all = find_quotes("\u{201c}We will win this state,\u{201d} Ana Ruiz said. Led by the mayor, the rally denounced the plan for \u{201c}a total and complete ban on new housing in the city\u{201d} on Friday.");
    let rep = all
        .iter()
        .find(|q| q.kind == QuoteKind::Reported)
        .expect("reported");
    assert!(rep.text.starts_with("the plan for"), "{all:?}");
    assert_eq!(rep.speaker.as_deref(), Some("the rally"), "{all:?}");
}

#[test]
fn a_verb_casting_something_as_the_quoted_words() {
    let r =
        reported("First, Ana Ruiz identified the judge as \u{201c}biased,\u{201d} and moved on.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.starts_with("the judge as"), "{r:?}");
}

#[test]
fn an_addressee_and_a_place_before_the_content() {
    assert_eq!(
        reported("Ana Ruiz told a gathering of nurses in Ohio she will protect their pensions."),
        [pair("she will protect their pensions", "Ana Ruiz")]
    );
}

#[test]
fn a_quoted_title_is_words_only_when_a_verb_of_saying_governs_it() {
    let r = reported("Ana Ruiz and Dan Stone both denounced the nascent \u{201c}Neighbours For Growth\u{201d} movement on Thursday.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.starts_with("the nascent"), "{r:?}");
    // A programme a speaker appeared on is not what they said.
    assert!(reported(
        "Ana Ruiz said on Sunday that she appeared on \u{201c}Meet The Press\u{201d} once."
    )
    .iter()
    .all(|x| !x.0.starts_with("Meet")));
    assert!(reported(
        "Ruiz spoke at length in an interview on \u{201c}Meet The Press\u{201d} this week."
    )
    .is_empty());
    // Markup is not speech.
    assert!(reported("The post <tweet author=\"@ruiz\" id=\"123456\"> was shared.").is_empty());
}

#[test]
fn a_noun_of_saying_after_its_speakers_possessive() {
    let r = reported(
        "The backlash followed his warning that Britain would go to the back of the queue.",
    );
    assert_eq!(r[0].0, "Britain would go to the back of the queue");
    assert_eq!(r[0].1.as_deref(), Some("his"));
    let r = reported("The vote came after Ruiz's claim that the budget was balanced this year.");
    assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
    // A sentence someone else is said to say is theirs.
    let r = reported(
        "Stone's accusation that the mayor created the crisis had hurt the city, Ruiz said.",
    );
    assert_eq!(
        r,
        [pair(
            "Stone's accusation that the mayor created the crisis had hurt the city",
            "Ruiz"
        )]
    );
    // Anyone who found that something is so, not only a poll or a study.
    let r = reported("The researchers found that the hardest-hit areas moved to the right.");
    assert_eq!(
        r,
        vec![pair(
            "the hardest-hit areas moved to the right",
            "The researchers"
        )]
    );
    // Unowned and the sentence's subject, the noun is not read ("the warning that came too
    // late").
    assert!(
        reported("The warning that the river would rise came too late for the town.").is_empty()
    );
}

#[test]
fn a_noun_of_saying_that_nobody_owns() {
    // The clause is what was claimed, with no speaker named for it.
    let r = reported("The office began investigating complaints that the mill had dumped waste.");
    assert_eq!(
        r,
        [("the mill had dumped waste".to_string(), None::<String>)]
    );
    // An opening phrase ends its content at the comma before the main clause.
    let r = reported("Despite complaints that the plan is too costly, the council approved it.");
    assert_eq!(r[0].0, "the plan is too costly");
    // A possessor before a few adjectives still owns it.
    let r = reported(
        "The vote followed Ruiz's recent evidence-free assertion that the count was rigged.",
    );
    assert_eq!(r[0], pair("the count was rigged", "Ruiz"));
    // Not a relative clause, right after the noun or set off as an aside.
    assert!(reported("Lee repeated a claim that originated in a deposition last year.").is_empty());
    assert!(
        reported("He said the vote was rigged, a charge that the council has long denied.")
            .iter()
            .all(|(c, _)| !c.starts_with("the council"))
    );
}

#[test]
fn nouns_modifiers_and_direct_quotes_are_not_reported_speech() {
    assert!(
        reported("The governor will campaign in the battleground state of Ohio next week.")
            .is_empty()
    );
    assert!(
        reported("Trump, speaking at his resort in Florida, was introduced by the governor.")
            .is_empty()
    );
    assert!(reported("Ruiz told reporters on Friday at a convention in the capital.").is_empty());
    assert!(reported(
        "\u{201c}We will rebuild every house in the valley,\u{201d} the mayor said on Monday."
    )
    .is_empty());
}

#[test]
fn headlines_name_their_speaker_only_when_it_is_a_name() {
    let text = "Ruiz: The Talks Will Resume Soon\n\nMayor Ana Ruiz said the talks would resume.\n";
    assert!(find_quotes(text)
        .iter()
        .any(|q| q.cue.as_deref() == Some(":")));
    let text = "Breaking: The Talks Will Resume Soon\n\nThe talks would resume.\n";
    assert!(!find_quotes(text)
        .iter()
        .any(|q| q.cue.as_deref() == Some(":")));
}

#[test]
fn findings_answers_exceptions_and_the_passive() {
    // A finding after its content, the auxiliary left out of the source.
    let r = reported("Ruiz is ahead by 10 points, a new statewide poll has found.");
    assert_eq!(
        r,
        vec![pair("Ruiz is ahead by 10 points", "a new statewide poll")]
    );
    // A one-word answer; the question put is no content of the answer's verb.
    let r = reported("Asked whether he would run again, Ruiz said yes.");
    assert!(r.contains(&pair("yes", "Ruiz")), "{r:?}");
    assert!(!r.iter().any(|(c, _)| c.starts_with("Asked")), "{r:?}");
    // The exception belongs to the speaker.
    let r = reported("Everyone but Lee said the party should take up the matter.");
    assert_eq!(
        r,
        vec![pair(
            "the party should take up the matter",
            "Everyone but Lee"
        )]
    );
    // Past an object, reading goes on.
    let r = reported(
        "The senators back Stone, and all but two said the party should take up the matter.",
    );
    assert!(
        r.contains(&pair("the party should take up the matter", "all but two")),
        "{r:?}"
    );
    // Subjects joined by "and" open the content; a second speaker does not reach into it.
    let r = reported("Ruiz said he and Stone promised to lead the fight.");
    assert_eq!(
        r,
        vec![pair("he and Stone promised to lead the fight", "Ruiz")]
    );
    let r = reported("Ruiz said both he and Stone promised to lead the fight.");
    assert_eq!(
        r,
        vec![pair("both he and Stone promised to lead the fight", "Ruiz")]
    );
    let r = reported("Ruiz said the plan would fail and Lee said it would not.");
    assert_eq!(
        r,
        vec![
            pair("the plan would fail", "Ruiz"),
            pair("it would not", "Lee")
        ]
    );
    // After "who", a verb that is also a noun is the verb.
    let r = reported("Dozens of women who claim he assaulted them came forward.");
    assert!(
        r.iter().any(|(c, _)| c.starts_with("he assaulted them")),
        "{r:?}"
    );
    // The passive: the subject is the content, the agent the source.
    let r = reported("Ruiz's move was first reported by the Harbor Tribune.");
    assert_eq!(r, vec![pair("Ruiz's move", "the Harbor Tribune")]);
    let r = reported("The plan has been widely criticized by some of his rivals.");
    assert_eq!(r, vec![pair("The plan", "some of his rivals")]);
    // A reason after the agent is the agent's too; a subject opening with "This" is a subject.
    let r = reported("Ruiz has been rebuked by opponents for her plan to close the port.");
    assert_eq!(
        r,
        vec![
            pair("Ruiz", "opponents"),
            pair("for her plan to close the port", "opponents")
        ]
    );
    let r = reported("This proposal was rejected by most of the voters.");
    assert_eq!(r, vec![pair("This proposal", "most of the voters")]);
    // Not the person asked: that content is the question.
    let r = reported("Ruiz was asked by the host about the plan.");
    assert!(!r.iter().any(|(c, _)| c == "Ruiz"), "{r:?}");
}

#[test]
fn a_closing_attribution_takes_the_whole_head() {
    // A stance verb inside the head does not claim the sentence.
    let r = reported(
        "Even as the race moves to Harbor City, a state that Ruiz hoped to carry by a wide margin, the race will be tight, said Ana Lee, an analyst in the city.",
    );
    assert!(
        r.contains(&pair(
            "Even as the race moves to Harbor City, a state that Ruiz hoped to carry by a wide margin, the race will be tight",
            "Ana Lee"
        )),
        "{r:?}"
    );
    // The cue inside reads no further than the head.
    let r = reported(
        "The agency met with the director and cited a list of concerns about the script, officials said.",
    );
    assert!(
        r.contains(&pair(
            "The agency met with the director and cited a list of concerns about the script",
            "officials"
        )),
        "{r:?}"
    );
    assert!(
        !r.iter().any(|(c, _)| c.ends_with("officials said")),
        "{r:?}"
    );
    // An addressee after the verb is no closing speaker.
    let r = reported("Ruiz, who called Stone after the vote, told her supporters she would go on.");
    assert!(
        !r.iter()
            .any(|(_, s)| s.as_deref() == Some("her supporters")),
        "{r:?}"
    );
}

#[test]
fn demonstrative_speakers_inside_and_verbs_before_a_clause() {
    // A demonstrative before an interposed speaker is not content.
    let r = reported("The plan, these people said, would be open to other measures.");
    assert_eq!(r, [pair("would be open to other measures", "people")]);
    // A verb that is also a noun is a verb before a clause's subject …
    let r = reported("Candidates promise they will stand by the alliance.");
    assert_eq!(r, [pair("they will stand by the alliance", "Candidates")]);
    // … not after a determiner.
    assert!(reported("He made a promise he would keep.").is_empty());
}

#[test]
fn contracted_speakers_comparisons_and_adverbs_before_that() {
    // A pronoun with its auxiliary contracted onto it closes a content-first attribution.
    let r = reported("Stone could help turn out the base in the north, they’ve suggested.");
    assert_eq!(
        r,
        [pair(
            "Stone could help turn out the base in the north",
            "they"
        )]
    );
    // "more likely to say": the comparison belongs to the verb group.
    let r = reported("Voters in the north were more likely to say Ruiz still has a chance.");
    assert_eq!(r, [pair("Ruiz still has a chance", "Voters")]);
    // An adverb between a verb of knowing and "that".
    let r = reported("Ruiz and her advisers recognized long ago that the race would be close.");
    assert_eq!(
        r,
        [pair("the race would be close", "Ruiz and her advisers")]
    );
}

#[test]
fn openings_after_that_asides_and_short_interposed_speakers() {
    // After "that", a preposition opens the content …
    let r = reported("Stone has said that as mayor he would know within a year.");
    assert_eq!(r, [pair("as mayor he would know within a year", "Stone")]);
    // … but not after "at that".
    assert!(reported("Stone hinted at that in a news conference Monday.").is_empty());
    // After a dash, an aside: the content stands before the speaker.
    let r = reported(
        "Such a move could alienate her backers, Ruiz's allies believe — backers she will need.",
    );
    assert_eq!(
        r,
        [pair(
            "Such a move could alienate her backers",
            "Ruiz's allies"
        )]
    );
    // Two short parts around the speaker.
    let r = reported("This campaign, he says, is different.");
    assert_eq!(r, [pair("This campaign", "he"), pair("is different", "he")]);
    // A relative pronoun with its auxiliary contracted onto it.
    let r = reported("Delegates who’ve already said they back Ruiz may switch.");
    assert!(
        r.iter()
            .any(|(c, s)| c.starts_with("they back Ruiz") && s.is_some()),
        "{r:?}"
    );
}

#[test]
fn positions_after_descriptions_times_and_a_sole_object() {
    // A name set off by commas, auxiliaries between it and the verb.
    let r = reported("The state's senior senator, Ana Ruiz, had already endorsed Stone.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "Stone");
    // A relative clause, then a day, then the verb.
    let r =
        reported("Ana Ruiz, who chairs the transition team, on Sunday defended the plan's cost.");
    assert_eq!(r, [pair("the plan's cost", "Ana Ruiz")]);
    // "last week said" after a relative clause.
    let r = reported("Lee, who supported Stone, last week said the city was seeking a loan.");
    assert_eq!(r, [pair("the city was seeking a loan", "Lee")]);
    // One name is object enough.
    assert_eq!(
        reported("Ana Ruiz endorsed Stone."),
        [pair("Stone", "Ana Ruiz")]
    );
}

#[test]
fn as_clauses_of_reporting() {
    // "However, as <source> has reported, <content>".
    let r =
        reported("However, as the Tribune has reported, the charges in those cases were heavier.");
    assert_eq!(
        r,
        [pair(
            "the charges in those cases were heavier",
            "the Tribune"
        )]
    );
    // "…, as <source> noted, <content>": the content follows; the head is not said.
    let r =
        reported("Ruiz lost the county, but as Lee noted, those voters may return in the fall.");
    assert_eq!(r, [pair("those voters may return in the fall", "Lee")]);
    // "as Ruiz proposes" tells how, not what is so.
    assert!(
        reported("One can debate the tradeoffs of a tax on transactions, as Ruiz proposes.")
            .is_empty()
    );
}

#[test]
fn demands_with_on_and_positions_ending_at_a_joined_verb_of_saying() {
    let r = reported("The Harbor Tribune called on the governor to visit the flooded towns.");
    assert_eq!(
        r,
        [pair(
            "the governor to visit the flooded towns",
            "The Harbor Tribune"
        )]
    );
    // "… and said …" ends the position and is read with the same speaker.
    let r = reported("Ruiz called on the council to act and said funding is needed.");
    assert_eq!(
        r,
        [
            pair("the council to act", "Ruiz"),
            pair("funding is needed", "Ruiz")
        ]
    );
}

#[test]
fn a_second_verb_of_saying_joined_by_and_has_its_own_content() {
    let r = reported("Ruiz said the plan would pass and added that it was fair.");
    assert_eq!(
        r,
        [
            pair("the plan would pass", "Ruiz"),
            pair("it was fair", "Ruiz")
        ]
    );
    let r = reported("Ruiz told reporters the plan would pass but warned that it was costly.");
    assert_eq!(
        r,
        [
            pair("the plan would pass", "Ruiz"),
            pair("it was costly", "Ruiz")
        ]
    );
}

#[test]
fn a_sentence_opening_with_a_poll_reports_its_finding() {
    let r = reported(
        "In the latest Harbor Tribune poll, conducted in May, Ruiz led Stone by eight points.",
    );
    assert_eq!(
        r,
        [pair(
            "Ruiz led Stone by eight points",
            "the latest Harbor Tribune poll"
        )]
    );
    // A slash or a possessive in the poll's name.
    let r = reported("In a Tribune/Harbor News poll, Ruiz led Stone by eight points.");
    assert_eq!(r[0].1.as_deref(), Some("a Tribune/Harbor News poll"));
    let r = reported("In Monday’s poll, Stone rose from 40 percent to 42 percent.");
    assert_eq!(r[0].1.as_deref(), Some("Monday’s poll"));
    // A place is not a poll.
    assert!(reported("In Harbor City, Ruiz led the parade on Monday.").is_empty());
}

#[test]
fn a_question_keeps_its_relative_clause() {
    let r = reported(
        "The union asked whether candidates supported the bill, which would make organizing easier.",
    );
    assert_eq!(
        r[0].0,
        "whether candidates supported the bill, which would make organizing easier"
    );
    // (The position asked about is read as well, with its own subject.)
    assert!(
        r[1..]
            .iter()
            .all(|(_, s)| s.as_deref() == Some("candidates")),
        "{r:?}"
    );
}

#[test]
fn a_possessor_with_a_word_before_it_and_claims_of_it() {
    let r = reported("Ruiz will work with the next mayor, the prime minister’s spokesman said.");
    assert_eq!(
        r,
        [pair(
            "Ruiz will work with the next mayor",
            "the prime minister’s spokesman"
        )]
    );
    let r = reported("Many lawmakers claim it will result in job losses.");
    assert_eq!(r, [pair("it will result in job losses", "Many lawmakers")]);
}

#[test]
fn what_a_speaker_points_to_is_their_evidence() {
    let r =
        reported("Stone pointed to the nine times Ruiz has laid out a plan before the council.");
    assert_eq!(
        r,
        vec![pair(
            "the nine times Ruiz has laid out a plan before the council",
            "Stone"
        )]
    );
    // The evidence ends where the speaker goes on with a cue of their own.
    let r = reported(
        "Lee pointed to Stone's organizational capabilities, noting that he has built the best campaign.",
    );
    assert_eq!(
        r,
        vec![
            pair("Stone's organizational capabilities", "Lee"),
            pair("he has built the best campaign", "Lee")
        ]
    );
    let r = reported(
        "Ruiz pointed to a previous case to say that courts must weigh the public interest.",
    );
    assert_eq!(
        r,
        vec![
            pair("a previous case", "Ruiz"),
            pair("courts must weigh the public interest", "Ruiz")
        ]
    );
    // A noun, not a verb: "the point to …", "at one point to …".
    assert!(reported("At one point to the crowd's delight, Lee waved to his family.").is_empty());
    assert!(reported("The point to the exercise was never clear to Ruiz.").is_empty());
}

#[test]
fn an_intention_before_to_and_a_verb_when_its_subject_opens_the_clause() {
    let r = reported("Ruiz wants to build a new harbor by next spring.");
    assert_eq!(
        r,
        vec![pair("to build a new harbor by next spring", "Ruiz")]
    );
    let r = reported("After the vote, she also plans to visit the harbor.");
    assert_eq!(r, vec![pair("to visit the harbor", "she")]);
    // A noun ("scrapped plans to"), a relative clause ("the things he wants to do") or an
    // object ("wants a tax cut") is no intention.
    for text in [
        "Ruiz scrapped plans to attend the debate in Harbor City.",
        "The things he wants to accomplish appeal to the people.",
        "Stone wants a tax cut and a balanced budget.",
        "Plans to rebuild the harbor fell by the wayside.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn a_view_of_something_as_something() {
    let r = reported(
        "Democrats see Stone as an agent in Ruiz's decline, arguing that the race has shifted.",
    );
    assert_eq!(
        r,
        vec![
            pair("Stone as an agent in Ruiz's decline", "Democrats"),
            pair("the race has shifted", "Democrats")
        ]
    );
    // The view ends before a new subject's cue.
    let r =
        reported("Most voters see Stone's campaign as unfair, and a third said that of Ruiz's.");
    assert_eq!(r[0], pair("Stone's campaign as unfair", "Most voters"));
    assert_eq!(r[1].1.as_deref(), Some("a third"));
    // Casting someone as something is a view too.
    let r = reported("Lee has cast Ruiz as weak on trade.");
    assert_eq!(r, vec![pair("Ruiz as weak on trade", "Lee")]);
    // Past a title's stop and a possessive.
    let r = reported("Some analysts see Mr. Lee's decision as driven by the polls.");
    assert_eq!(
        r,
        vec![pair(
            "Mr. Lee's decision as driven by the polls",
            "Some analysts"
        )]
    );
    // "as" opening a clause is a time, not a view.
    assert!(reported("Lee saw the truck turn into the crowd as they left the show.").is_empty());
}

#[test]
fn a_transcript_turn_is_the_speakers_whatever_is_found_inside_it() {
    let text = "Partial transcript as follows:\n\nANA STONE: Ruiz released a video on Friday. Take a listen.\n\nRUIZ: Well, I think the whole city needs to work together on the harbor.\n\nSTONE: Thank you.";
    let r = reported(text);
    for expected in [
        pair(
            "Ruiz released a video on Friday. Take a listen.",
            "ANA STONE",
        ),
        pair(
            "Well, I think the whole city needs to work together on the harbor.",
            "RUIZ",
        ),
    ] {
        assert!(r.contains(&expected), "{expected:?} in {r:?}");
    }
    // The speaker's "I think" inside the turn is the turn's own words, not another quote.
    assert!(r.iter().all(|(_, sp)| sp.as_deref() != Some("I")), "{r:?}");
}

#[test]
fn a_headline_source_a_person_a_poll_or_a_speaking_noun() {
    for (text, who) in [
        (
            "Poll: Ruiz holds narrow lead in Ohio.\n\nThe race is close.",
            "Poll",
        ),
        (
            "Insiders: Stone will rebound in the fall.\n\nThe race is close.",
            "Insiders",
        ),
        (
            "Ana Lee: And Then There Was the One.\n\nThe race is close.",
            "Ana Lee",
        ),
    ] {
        let r = reported(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1.as_deref(), Some(who), "{text}: {r:?}");
    }
    // A label is no source.
    assert!(
        reported("Still to come: results in Ohio and Missouri.\n\nThe race is close.").is_empty()
    );
}

#[test]
fn title_case_headlines_with_quotation_marks_commas_and_closing_speakers() {
    // A quotation mark does not end the headline's clause.
    assert_eq!(
        reported("Ana Lee Says Stone ‘Makes You Want To Retch.’\n\nThe race is close."),
        [pair("Stone ‘Makes You Want To Retch.’", "Ana Lee")]
    );
    // A comma right after the verb's first word is inside the content.
    assert_eq!(
        reported(
            "Ana Lee Says Stone, ‘Harbor Right’ Pose A Threat To The City.\n\nThe race is close."
        ),
        [pair(
            "Stone, ‘Harbor Right’ Pose A Threat To The City",
            "Ana Lee"
        )]
    );
    // The speaker closing the headline.
    assert_eq!(
        reported(
            "Stone Is Like A Lawyer’s Dumbest Client Ever, Tom Ruiz Says.\n\nThe race is close."
        ),
        [pair(
            "Stone Is Like A Lawyer’s Dumbest Client Ever",
            "Tom Ruiz"
        )]
    );
    // A second sentence on the line is not the content.
    assert_eq!(
        reported("Ruiz Finally Confirmed A Judge. Is This The Last One?\n\nThe race is close.")[0]
            .0,
        "A Judge"
    );
}

#[test]
fn a_question_asked_with_which_or_about() {
    let r = reported("Asked which county was his favorite, Ruiz said he liked them all.");
    assert_eq!(r[0].0, "which county was his favorite");
    let r = reported("Asked about Lee, she said she did not know him.");
    assert_eq!(r[0].0, "about Lee");
    assert_eq!(r[1], pair("she did not know him", "she"));
}

#[test]
fn an_objects_possessive_and_a_second_object_joined_by_and() {
    let r = reported("Last week, they endorsed Ruiz’s nomination of Ana Lee to the court.");
    assert_eq!(
        r,
        vec![pair("Ruiz’s nomination of Ana Lee to the court", "they")]
    );
    let r = reported("Stone was referring to Tom Lee and his wife, the founders of the group.");
    assert_eq!(r, vec![pair("Tom Lee and his wife", "Stone")]);
}

#[test]
fn a_second_speaker_that_is_no_name_after_a_comma_and_a_conjunction() {
    let r = reported(
        "Voters say the city should require cameras, and three-fourths say the state should pay.",
    );
    assert_eq!(
        r,
        vec![
            pair("the city should require cameras", "Voters"),
            pair("the state should pay", "three-fourths")
        ]
    );
    // A pronoun, a time or an adverb goes on with the same speaker's words.
    let r = reported("Lee said the plan would fail, and he added that it was too late.");
    assert_eq!(r[0].1.as_deref(), Some("Lee"));
    assert!(r[0].0.contains("too late") || r.len() == 2, "{r:?}");
    let r = reported("Ruiz defended the vote, but late Saturday she announced a repeal.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_view_held_by_whoever_an_opening_to_names() {
    let r = reported("To Ana Lee, the harbor plan is a betrayal of the town.");
    assert_eq!(
        r,
        vec![pair("the harbor plan is a betrayal of the town", "Ana Lee")]
    );
    let r =
        reported("To Ruiz, who has studied the rallies for years, Tuesday marked a turning point.");
    assert_eq!(r, vec![pair("Tuesday marked a turning point", "Ruiz")]);
    let r = reported("To many, Stone is a provocateur and a broadcaster for the movement.");
    assert_eq!(r[0].1.as_deref(), Some("many"));
    // Not a holder: "To some extent", "To her supporters".
    assert!(reported("To some extent, the plan was a show of respect to the town.").is_empty());
    assert!(reported("To her supporters, there may be a strange logic at work here.").is_empty());
}

#[test]
fn what_someone_mentions_or_does_not_is_its_object() {
    let r = reported("Ruiz did not mention Stone by name in her speech.");
    assert_eq!(r, vec![pair("Stone", "Ruiz")]);
    let r = reported("The candidate often mentions her granddaughter in speeches.");
    assert_eq!(r, vec![pair("her granddaughter", "The candidate")]);
    // The object stands before: "a fact he often mentions on the trail".
    assert!(
        reported("Lee has a son in the Navy, a fact he often mentions on the trail.").is_empty()
    );
}

#[test]
fn support_praise_and_blame_with_their_objects_and_reasons() {
    let r = reported("House Republicans opposed the harbor bill.");
    assert_eq!(r, vec![pair("the harbor bill", "House Republicans")]);
    let r = reported("Ruiz backed Sen. Ana Lee in the primary.");
    assert_eq!(r, vec![pair("Sen. Ana Lee", "Ruiz")]);
    let r = reported("Stone thanked the voters of the county for their support.");
    assert_eq!(
        r,
        vec![pair("the voters of the county for their support", "Stone")]
    );
    // Blame counts with its reason: "knocked Stone over his vote", not "attacked the base".
    let r = reported("Lee knocked Stone over his vote on the harbor bill.");
    assert_eq!(
        r,
        vec![pair("Stone over his vote on the harbor bill", "Lee")]
    );
    assert!(reported("The rebels attacked the base at dawn.").is_empty());
    // Not a particle, a passive or a relative clause describing someone.
    for text in [
        "Ruiz backed away from the plan on Tuesday.",
        "The plan was not widely supported among the members.",
        "Lee met Tom Stone, who once backed Ana Ruiz, at the harbor.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn an_inquiry_an_article_or_a_picture_shows_what_it_found() {
    let r = reported("The inquiry found that the office almost never searched its own email.");
    assert_eq!(
        r,
        vec![pair(
            "the office almost never searched its own email",
            "The inquiry"
        )]
    );
    let r = reported("A picture taken in 1986 showed Ruiz and her mother at the farm.");
    assert_eq!(r[0].0, "Ruiz and her mother at the farm");
}

#[test]
fn a_name_given_without_quotation_marks() {
    let r = reported("Critics call it a tax on the poor.");
    assert_eq!(r, vec![pair("it a tax on the poor", "Critics")]);
    let r = reported("Ruiz calls herself a democratic socialist.");
    assert_eq!(r, vec![pair("herself a democratic socialist", "Ruiz")]);
    // In the past too, of a name or a determined noun phrase.
    let r = reported("Lee called Mr. Stone an outstanding leader.");
    assert_eq!(r, vec![pair("Mr. Stone an outstanding leader", "Lee")]);
    let r = reported("Ruiz called her fallen son her hero.");
    assert_eq!(r, vec![pair("her fallen son her hero", "Ruiz")]);
    // A call on the phone is no name, nor is a meeting called.
    assert!(reported("Lee and Ruiz call him every Sunday after church.").is_empty());
    assert!(reported("The council called an emergency session on Monday.").is_empty());
}

#[test]
fn a_sentence_opening_conjunction_is_no_part_of_the_speaker() {
    let r = reported("But loyalists were adamant that he has no plans to run.");
    assert_eq!(r, vec![pair("he has no plans to run", "loyalists")]);
    let r = reported("And the mayor said the harbor would reopen in May.");
    assert_eq!(r, vec![pair("the harbor would reopen in May", "the mayor")]);
}

#[test]
fn a_quantifier_or_indefinite_pronoun_alone_can_speak() {
    let r =
        reported("In fact, many prefer the health group to candidates who take hard-line stances.");
    assert_eq!(r[0].1.as_deref(), Some("many"), "{r:?}");
    let r = reported("Even then, others insist the show will be hard to eclipse.");
    assert_eq!(r, vec![pair("the show will be hard to eclipse", "others")]);
}

#[test]
fn an_infinitive_after_a_stance_keeps_its_relative_clause() {
    // "that" inside the infinitive's object is no complementizer of the stance.
    let r = reported("Ruiz has threatened to veto the bill that allows lawsuits against the city.");
    assert_eq!(
        r,
        vec![pair(
            "to veto the bill that allows lawsuits against the city",
            "Ruiz"
        )]
    );
    // A participle of saying after a comma is the same speaker's next content.
    let r = reported("Lee declined to comment, saying that nobody involved remains at the firm.");
    assert_eq!(
        r,
        vec![
            pair("to comment", "Lee"),
            pair("nobody involved remains at the firm", "Lee")
        ]
    );
}

#[test]
fn a_view_held_against_someone_and_a_point_made() {
    let r = reported("Earlier Sunday, Stone was critical of the mayor's leadership.");
    assert_eq!(r, vec![pair("the mayor's leadership", "Stone")]);
    let r = reported("Labor leaders point out that Ruiz could draw union voters.");
    assert_eq!(
        r,
        vec![pair("Ruiz could draw union voters", "Labor leaders")]
    );
    let r =
        reported("Stone turned the story back on the paper, pointing out that it had reported it.");
    assert_eq!(r, vec![pair("it had reported it", "Stone")]);
    let r = reported("The group also points out another bill that set aside funding.");
    assert_eq!(
        r,
        vec![pair("another bill that set aside funding", "The group")]
    );
    // A number before it makes "points" a noun.
    assert!(reported("Ruiz scored ten points out of twelve.").is_empty());
}

#[test]
fn an_expectation_names_no_speaker() {
    // Its subject is part of what is expected, not who expects it.
    let q: Vec<_> = find_quotes("The council is expected to pass the budget later this week.")
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, None);
    assert_eq!(
        q[0].text,
        "The council is expected to pass the budget later this week"
    );
}

#[test]
fn what_a_quotation_was_said_of_is_not_its_content() {
    for text in [
        "“It will cost well over a million dollars,” Lee said about the money spent against her.",
        "“It is total amateur hour,” Lee said of Monday's episode.",
        "“Send it nonsecure,” Ruiz wrote when they were having problems.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
    // A month before the comma is no time of the attribution: the name after "said" speaks.
    let r = reported("The bank has a chance to act in December, said Ana Ruiz, an economist.");
    assert_eq!(
        r,
        vec![pair("The bank has a chance to act in December", "Ana Ruiz")]
    );
}

#[test]
fn a_closing_speaker_with_a_long_apposition_keeps_the_whole_head() {
    let r = reported(
        "Even as the race moves north, a state that she hoped to carry, the race will be tight, \
         said Dan Stone, director of the polling institute and an independent analyst in Harbor City.",
    );
    assert!(
        r.contains(&pair(
            "Even as the race moves north, a state that she hoped to carry, the race will be tight",
            "Dan Stone"
        )),
        "{r:?}"
    );
}

#[test]
fn are_and_further_belong_to_the_verb_group() {
    let r = reported("Others are saying it is time to accept a new reality.");
    assert_eq!(
        r,
        vec![pair("it is time to accept a new reality", "Others")]
    );
    let r = reported("The director further stated that Ruiz was not truthful.");
    assert_eq!(r, vec![pair("Ruiz was not truthful", "The director")]);
}

#[test]
fn an_infinitive_whose_verb_ends_in_s() {
    let r = reported("They have promised to press their case to the convention floor.");
    assert_eq!(
        r,
        vec![pair("to press their case to the convention floor", "They")]
    );
    let r = reported("The campaign manager declined to discuss the latest attacks.");
    assert_eq!(
        r,
        vec![pair(
            "to discuss the latest attacks",
            "The campaign manager"
        )]
    );
}

#[test]
fn a_plural_of_people_by_trade_can_speak() {
    let r = reported(
        "While environmentalists welcomed the announcement, they were less pleased by its plans.",
    );
    assert_eq!(r[0], pair("the announcement", "environmentalists"), "{r:?}");
}

#[test]
fn a_poll_share_opened_by_an_adverb_and_a_noun_after_each() {
    let r = reported(
        "Only about 4 in 10 Republican voters in each state want all newcomers to be deported.",
    );
    assert_eq!(
        r,
        vec![pair(
            "all newcomers to be deported",
            "Only about 4 in 10 Republican voters in each state"
        )]
    );
    // "This post" is no speaker with a verb.
    assert!(reported("This post has been updated with comments from the campaign.").is_empty());
    let r =
        reported("While one survey says there are 2,400 of them, another says there are 1,800.");
    assert!(r.contains(&pair("there are 1,800", "another")), "{r:?}");
}

#[test]
fn the_topic_someone_talks_about() {
    let r = reported("Ruiz is talking to voters about health care.");
    assert_eq!(r, vec![pair("health care", "Ruiz")]);
    let r = reported("She frequently talks about how she pushed the mayor to act.");
    assert_eq!(r, vec![pair("how she pushed the mayor to act", "She")]);
    // Reading goes on past the topic.
    let r = reported("He talks about the harbor at every rally and always gets cheers when he mentions the wall.");
    assert!(r.contains(&pair("the wall", "he")), "{r:?}");
    // Not a passive, nor the noun.
    assert!(reported("These are the stories that will be talked about today.").is_empty());
    assert!(
        find_quotes("Others criticized his tough talk about more military action.")
            .iter()
            .all(|q| q.cue.as_deref() != Some("talk")),
    );
}

#[test]
fn what_is_referred_to_runs_past_its_noun() {
    let r = reported("“We could see his brand take a hit,” Lee said, referring to reports that Ruiz had hired workers off the books.");
    assert!(
        r.contains(&pair(
            "reports that Ruiz had hired workers off the books",
            "Lee"
        )),
        "{r:?}"
    );
    // Not past an apposition, nor a referral.
    let r = reported(
        "“It was a tough call,” Lee said, referring to Ana Stone, his adviser at the time.",
    );
    assert!(r.contains(&pair("Ana Stone", "Lee")), "{r:?}");
    assert!(reported("The case was referred to the prosecutors in July.").is_empty());
}

#[test]
fn a_topic_keeps_its_modifiers_but_not_the_next_clause() {
    let r = reported("She was talking about the move to cleaner energy when the crowd cheered.");
    assert_eq!(r[0], pair("the move to cleaner energy", "She"), "{r:?}");
    let r = reported("Stone talked about the stock market and made comments about trade.");
    assert_eq!(r[0], pair("the stock market", "Stone"), "{r:?}");
}

#[test]
fn a_position_whose_speaker_stands_before_an_apposition() {
    let r = reported("The other man, his cousin Tom Lee, 40, cited the polls as a danger.");
    assert_eq!(r, vec![pair("the polls as a danger", "The other man")]);
}

#[test]
fn a_modifier_after_a_comma_is_no_content() {
    assert!(reported(
        "It was not the kind of story many voters had expected, particularly given their numbers."
    )
    .is_empty());
}

#[test]
fn a_story_told_is_what_was_told() {
    let r = reported(
        "In something of a valedictory, he told the story of an older supporter who held a sign.",
    );
    assert_eq!(
        r,
        vec![pair(
            "the story of an older supporter who held a sign",
            "he"
        )]
    );
    let r = reported("Libertarian nominee Ana Ruiz told a joke.");
    assert_eq!(r, vec![pair("a joke", "Libertarian nominee Ana Ruiz")]);
}

#[test]
fn an_object_keeps_its_modifiers_but_not_where_or_when() {
    let r =
        reported("Lee opposed congressional efforts to pressure the council to release a rival.");
    assert_eq!(
        r,
        vec![pair(
            "congressional efforts to pressure the council to release a rival",
            "Lee"
        )]
    );
    let r = reported("On Friday, Stone endorsed Ruiz at a news conference at the harbor.");
    assert_eq!(r, vec![pair("Ruiz", "Stone")]);
    let r = reported("The group has also endorsed Ruiz - the first time it has weighed in.");
    assert_eq!(r, vec![pair("Ruiz", "The group")]);
}

#[test]
fn an_allusion_a_hint_and_what_someone_speaks_of() {
    let r = reported(
        "“You are working it hard,” Lee told Stone, alluding to the chair’s rumored ambitions.",
    );
    assert!(
        r.contains(&pair("the chair’s rumored ambitions", "Lee")),
        "{r:?}"
    );
    let r = reported("Ruiz hinted at a major campaign shakeup.");
    assert_eq!(r, vec![pair("a major campaign shakeup", "Ruiz")]);
    let r = reported("In the interview he touched on the candidate and his views.");
    assert_eq!(r, vec![pair("the candidate and his views", "he")]);
    let r = reported("O'Malley spoke of a recent visit to a mosque.");
    assert_eq!(r, vec![pair("a recent visit to a mosque", "O'Malley")]);
    // "of" after an addressee is not what was spoken of.
    assert!(reported("Ruiz spoke to the gathering of party leaders.").is_empty());
}

#[test]
fn an_attempt_carries_the_cue_and_kin_can_hold_a_view() {
    let r = reported("Stone also attempted to portray the plan as a giveaway to the harbor.");
    assert_eq!(
        r,
        vec![pair("the plan as a giveaway to the harbor", "Stone")]
    );
    let r = reported("Ruiz has sought to clarify the mayor's comment.");
    assert_eq!(r, vec![pair("the mayor's comment", "Ruiz")]);
    let r = reported("When the family moved back, his mother refused to teach him Spanish.");
    assert_eq!(r, vec![pair("to teach him Spanish", "mother")]);
    let r = reported("Lee called upon the council to reopen the port.");
    assert_eq!(r, vec![pair("the council to reopen the port", "Lee")]);
}

#[test]
fn a_quantifier_opening_its_clause_holds_the_view() {
    let r = reported("But few believe the harbor deal can ever be more than transactional.");
    assert_eq!(
        r,
        vec![pair(
            "the harbor deal can ever be more than transactional",
            "few"
        )]
    );
    let r = reported("On the port, both oppose a formula that would lower payments.");
    assert_eq!(r, vec![pair("a formula that would lower payments", "both")]);
}

#[test]
fn a_participle_opening_the_sentence_has_the_main_clause_speaker() {
    let r = reported("Noting that the port had reopened, Ruiz said the strike was over.");
    assert_eq!(
        r,
        vec![
            pair("the port had reopened", "Ruiz"),
            pair("the strike was over", "Ruiz")
        ]
    );
    // A likeness is not a saying.
    let r = reported("Reflecting his father's brashness, he vowed to win the state.");
    assert_eq!(r, vec![pair("to win the state", "he")]);
}

#[test]
fn a_relative_clause_about_the_subject_ends_before_the_main_verb() {
    let r = reported(
        "Lee, who said the plan was vetted by his counsel, said he was unaware of any dispute.",
    );
    assert_eq!(
        r,
        vec![
            pair("the plan was vetted by his counsel", "Lee"),
            pair("he was unaware of any dispute", "Lee")
        ]
    );
    let r = reported(
        "Ana Ruiz of Ohio, who last year threatened to close the port, quickly went up with an ad.",
    );
    assert_eq!(r, vec![pair("to close the port", "Ana Ruiz of Ohio")]);
    // The content's own subject may be set off by commas.
    let r = reported("Lee, who suggested that Stone, under fire for the delays, would do better to resign, spoke.");
    assert_eq!(
        r,
        vec![pair(
            "Stone, under fire for the delays, would do better to resign",
            "Lee"
        )]
    );
}

#[test]
fn a_name_closing_the_attribution_after_a_comma_is_the_speaker() {
    let r = reported(
        "The program is hardly formal, but it has drawn a following, said Ana Ruiz, with games in the park.",
    );
    assert_eq!(
        r,
        vec![pair(
            "The program is hardly formal, but it has drawn a following",
            "Ana Ruiz"
        )]
    );
    // A name with its own verb after an apposition is what was said.
    let r = reported("Ruiz, who chairs the panel, said Stone, the mayor, would lose.");
    assert_eq!(r, vec![pair("Stone, the mayor, would lose", "Ruiz")]);
}

#[test]
fn that_is_according_to_a_source() {
    let r = reported("That’s according to fundraising reports released on Monday.");
    assert_eq!(
        r,
        vec![pair("That", "fundraising reports released on Monday")]
    );
}

#[test]
fn what_seems_like_something_or_seems_likely() {
    let r = reported("This seems like a fine and fair idea for the harbor.");
    assert_eq!(
        r,
        vec![(
            "This seems like a fine and fair idea for the harbor".to_string(),
            None
        )]
    );
    let r = reported("To the party's leaders, it must have seemed like a smart move.");
    assert_eq!(
        r,
        vec![("it must have seemed like a smart move".to_string(), None)]
    );
    let r = reported("It now seems increasingly likely that Ruiz will be the nominee.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn blame_in_the_present_with_its_reason() {
    let r = reported("The new ad slams Stone for voting against the harbor bill.");
    assert_eq!(
        r,
        vec![pair(
            "Stone for voting against the harbor bill",
            "The new ad"
        )]
    );
}

#[test]
fn blame_of_someone_named_without_a_reason() {
    let r = reported("Ruiz attacked Stone, saying he would close the port.");
    assert_eq!(
        r,
        vec![
            pair("Stone", "Ruiz"),
            pair("he would close the port", "Ruiz")
        ]
    );
    // Not a physical attack on something unnamed.
    assert!(reported("The rebels attacked the base at dawn.").is_empty());
}

#[test]
fn what_is_discussed_but_not_a_purpose() {
    let r = reported("Stone will discuss his new book about the harbor on Monday.");
    assert_eq!(r, vec![pair("his new book about the harbor", "Stone")]);
    let r = reported("Ruiz discussed how the law would change the port.");
    assert_eq!(r, vec![pair("how the law would change the port", "Ruiz")]);
    assert!(reported("Lee met with Stone to discuss plans for the harbor.").is_empty());
}

#[test]
fn what_is_issued_but_not_a_statement_that_says_more() {
    let r = reported("The state party issued a formal complaint to the national committee.");
    assert_eq!(
        r,
        vec![pair(
            "a formal complaint to the national committee",
            "The state party"
        )]
    );
    let r = reported("Ruiz issued a statement saying the port would reopen.");
    assert_eq!(r, vec![pair("the port would reopen", "Ruiz")]);
}

#[test]
fn an_outburst_and_a_likeness() {
    let r = reported("Ruiz has railed against the harbor deal.");
    assert_eq!(r, vec![pair("the harbor deal", "Ruiz")]);
    let r = reported("Stone lashed out at Lee after he spoke at the convention.");
    assert_eq!(r, vec![pair("Lee", "Stone")]);
    let r = reported("Lee likened the campaign to a car crash.");
    assert_eq!(r, vec![pair("the campaign to a car crash", "Lee")]);
    // A group or a role without a name can take a position too.
    let r = reported("At the end, the attendees expressed their support for Stone.");
    assert_eq!(r, vec![pair("their support for Stone", "the attendees")]);
    // Condemnation, praise and a shrug take their object alone.
    let r = reported("Rights groups condemned the bill's passage on Monday.");
    assert_eq!(r, vec![pair("the bill's passage", "Rights groups")]);
    let r = reported("Muslim advocates hailed Lee's nomination.");
    assert_eq!(r, vec![pair("Lee's nomination", "Muslim advocates")]);
    let r = reported("He brushed off these concerns.");
    assert_eq!(r, vec![pair("these concerns", "He")]);
    // A second noun after "and" is a second object; a verb is the subject's next act.
    let r = reported("Ruiz's lawyers opposed a request in a civil lawsuit.");
    assert_eq!(
        r,
        vec![pair("a request in a civil lawsuit", "Ruiz's lawyers")]
    );
    let r = reported("Lee supported a ban on all forms of cloning on Twitter.");
    assert_eq!(r, vec![pair("a ban on all forms of cloning", "Lee")]);
    let r = reported("Lee has opposed higher taxes and new tariffs.");
    assert_eq!(r, vec![pair("higher taxes and new tariffs", "Lee")]);
    let r = reported("Lee talked about the port and made comments about the budget.");
    assert_eq!(r[0], pair("the port", "Lee"));
}

#[test]
fn a_participle_after_by_or_while_and_a_sole_topic() {
    let r = reported("Ruiz launched her campaign by talking about the harbor strike.");
    assert_eq!(r, vec![pair("the harbor strike", "Ruiz")]);
    let r = reported("Instead, he repeatedly talked about CNN.");
    assert_eq!(r, vec![pair("CNN", "he")]);
}

#[test]
fn a_push_for_something_and_a_distance_from_it() {
    let r = reported("Lee has continued to push for a single-payer system.");
    assert_eq!(r, vec![pair("a single-payer system", "Lee")]);
    assert!(reported("It is a case that Lee has pushed for months.").is_empty());
    let r = reported("Ruiz quickly distanced herself from the bill.");
    assert_eq!(r, vec![pair("the bill", "Ruiz")]);
}

#[test]
fn a_phrase_that_takes_aim_at_something() {
    let r = reported("Ruiz also took aim at a provision that cuts the harbor budget.");
    assert_eq!(
        r,
        vec![pair("a provision that cuts the harbor budget", "Ruiz")]
    );
    let r = reported("Several candidates weighed in on the deal.");
    assert_eq!(r, vec![pair("the deal", "Several candidates")]);
}

#[test]
fn a_share_of_a_group_speaks() {
    let r =
        reported("And until the shutdown, most of them said they had loved working at the port.");
    assert_eq!(
        r,
        vec![pair("they had loved working at the port", "most of them")]
    );
}

#[test]
fn then_joins_a_second_verb_to_the_clause() {
    let r = reported("Ruiz paused, then revealed why the port had closed.");
    assert_eq!(r, vec![pair("why the port had closed", "Ruiz")]);
}

#[test]
fn whom_someone_calls_out() {
    let r = reported("Ruiz has previously called out Stone for his remarks on the port.");
    assert_eq!(r, vec![pair("Stone for his remarks on the port", "Ruiz")]);
}

#[test]
fn whom_someone_encouraged_or_pressed_to_act() {
    let r = reported("Ruiz has encouraged the State Department to release the emails quickly.");
    assert_eq!(
        r,
        vec![pair(
            "the State Department to release the emails quickly",
            "Ruiz"
        )]
    );
    // Not a plea made for someone else.
    assert!(reported("Watchdog groups had pressed for Congress to offset the costs.").is_empty());
}

#[test]
fn a_partial_quote_in_doubled_apostrophes_before_its_attribution() {
    // Some archives render quotation marks as two apostrophes.
    let r = reported(
        "The port failed to act and ''should possibly have acted sooner,'' said Ana Ruiz.",
    );
    assert_eq!(
        r,
        vec![pair(
            "The port failed to act and ''should possibly have acted sooner",
            "Ana Ruiz"
        )]
    );
}

#[test]
fn an_aside_between_dashes_after_a_description_or_a_phrase() {
    let r = reported(
        "Lee, director of the group - which Ruiz founded - said Stone has several options.",
    );
    assert_eq!(r, vec![pair("Stone has several options", "Lee")]);
    let r = reported(
        "Insiders in the next two states — Harbor and Bay — said it is important that she close the gap.",
    );
    assert_eq!(
        r,
        vec![pair(
            "it is important that she close the gap",
            "Insiders in the next two states"
        )]
    );
    // An opening adverb is no speaker.
    let r = reported("Even so, some economists - including Lee - warn that the bank could act.");
    assert!(
        r.iter().all(|(_, s)| s.as_deref() != Some("Even so")),
        "{r:?}"
    );
}

#[test]
fn where_something_was_posted_is_not_what_was_posted() {
    // Nothing was said after the medium: the content stands before the attribution.
    let r = reported("Her daughter was traveling to the port, the church posted on Facebook.");
    assert_eq!(
        r,
        vec![pair("Her daughter was traveling to the port", "the church")]
    );
    assert!(reported("Ruiz wrote on his blog.").is_empty());
    // A topic is kept ("heaped praise on Ana Lee", "commented on the reason …").
    let r = reported("Ruiz commented on the reason for closing the port.");
    assert_eq!(r, vec![pair("on the reason for closing the port", "Ruiz")]);
}

#[test]
fn headlines_with_a_second_verb_a_dash_or_a_colon_after_the_verb() {
    let body = "\n\nThe race is close.";
    // A second verb after "And" has the same speaker.
    assert_eq!(
        reported(&format!("Ana Lee Backs Stone And Denounces Ruiz.{body}")),
        [pair("Stone", "Ana Lee"), pair("Ruiz", "Ana Lee")]
    );
    // Each part set off by a dash is read on its own; a quantifier speaks for people.
    assert_eq!(
        reported(&format!(
            "Harbor Photo From The Debate Surfaces — Some Say It Proves She Cheated.{body}"
        )),
        [pair("It Proves She Cheated", "Some")]
    );
    // A verb before a colon: the clause up to the colon.
    assert_eq!(
        reported(&format!(
            "Tom Ruiz Praises The Harbor Times Editor Ana Lee: ‘Very Good Reporter.’{body}"
        )),
        [pair("The Harbor Times Editor Ana Lee", "Tom Ruiz")]
    );
    // Intentions and claims are verbs in a headline.
    assert_eq!(
        reported(&format!(
            "Ana Lee Promises Action On The Harbor In 100 Days.{body}"
        )),
        [pair("Action On The Harbor In 100 Days", "Ana Lee")]
    );
    // A plain action is not a position.
    assert!(reported(&format!("Ana Lee Wins The Harbor Primary.{body}")).is_empty());
    // A quotation inside the content is part of it.
    assert!(reported(&format!(
        "Ana Lee Asked Men Everywhere To “Redefine Masculinity.”{body}"
    ))
    .contains(&pair(
        "Men Everywhere To “Redefine Masculinity.”",
        "Ana Lee"
    )));
    // A closing verb with its addressee, or a finding.
    assert_eq!(
        reported(&format!(
            "Guns Are A Public Health Crisis, Ana Lee Tells Harbor Convention.{body}"
        )),
        [pair("Guns Are A Public Health Crisis", "Ana Lee")]
    );
    assert_eq!(
        reported(&format!(
            "Tom Ruiz Is A Natural Born Citizen, Board Of Election Finds.{body}"
        )),
        [pair(
            "Tom Ruiz Is A Natural Born Citizen",
            "Board Of Election"
        )]
    );
}

#[test]
fn a_document_that_opens_the_sentence_speaks() {
    // "report" after a capitalised determiner is a noun, the verb's subject.
    assert_eq!(
        reported("The report criticized the inquiry into the port."),
        [pair("the inquiry into the port", "The report")]
    );
    assert_eq!(
        reported("The report found that the port was behind the leak."),
        [pair("the port was behind the leak", "The report")]
    );
    // Also with a capitalised word between ("The Senate report …").
    assert_eq!(
        reported("The Senate report cited no evidence that the port was at fault."),
        [pair(
            "no evidence that the port was at fault",
            "The Senate report"
        )]
    );
    // Reports show what they record.
    let r = reported("The reports show the group made a major change in its plans.");
    assert_eq!(r[0].0, "the group made a major change in its plans");
}

#[test]
fn support_held_now_in_the_progressive() {
    assert_eq!(
        reported("Minnesota Gov. Ana Ruiz is backing Tom Stone."),
        [pair("Tom Stone", "Minnesota Gov. Ana Ruiz")]
    );
    assert_eq!(
        reported("In October, black voters were supporting Stone."),
        [pair("Stone", "black voters")]
    );
    // A group named for whom it supports, a relative clause, or a particle is not a position.
    assert!(reported("A super PAC supporting Stone spent $2 million.").is_empty());
    assert!(reported("He was backing down from the plan.").is_empty());
}

#[test]
fn an_intention_of_a_noun_that_speaks_ends_before_a_new_clause() {
    assert_eq!(
        reported("The Republican candidate plans to be back in the city later Saturday."),
        [pair(
            "to be back in the city later Saturday",
            "The Republican candidate"
        )]
    );
    assert_eq!(
        reported("Ruiz plans to send a nominee to the council, but it is unlikely that any could get through."),
        [pair("to send a nominee to the council", "Ruiz")]
    );
    // A plan owned is a noun.
    assert!(reported("His plans to rebuild the port were shelved.").is_empty());
    // After "but", the clause's subject; a speaker closing the sentence owns it all.
    assert_eq!(
        reported("Lee has given to many candidates, but plans to narrow her support to one."),
        [pair("to narrow her support to one", "Lee")]
    );
    assert_eq!(
        reported(
            "The group won't be representing Stone but plans to watch the case closely, Ruiz says."
        ),
        [pair(
            "The group won't be representing Stone but plans to watch the case closely",
            "Ruiz"
        )]
    );
}

#[test]
fn what_polls_are_showing() {
    assert_eq!(
        reported("The state is a must-win, with recent polls showing a tightening of the race."),
        [pair("a tightening of the race", "recent polls")]
    );
    // Past a description set off by commas.
    assert_eq!(
        reported(
            "The poll, released on Wednesday by the harbor institute, showed Ruiz leading Stone."
        ),
        [pair("Ruiz leading Stone", "The poll")]
    );
    // The noun: a result, not a finding.
    assert!(
        reported("After the harbor poll, a strong showing in the vote helped Ruiz.").is_empty()
    );
    assert!(reported("The poll released Sunday was his worst showing in the survey.").is_empty());
}

#[test]
fn claims_made_as_a_verb_not_the_plural_noun() {
    assert_eq!(
        reported("The candidate claims his net worth is in excess of $10 billion."),
        [pair(
            "his net worth is in excess of $10 billion",
            "The candidate"
        )]
    );
    assert_eq!(
        reported("And he claims his boss is fine with it."),
        [pair("his boss is fine with it", "he")]
    );
    assert!(reported("Five nations have claims in the area, and tensions are rising.").is_empty());
    assert!(reported("She took notes about what she should be doing.").is_empty());
}

#[test]
fn views_of_people_named_by_a_noun_and_a_quantifier_inside_the_speaker() {
    assert_eq!(
        reported("In the south, where land is disappearing, developers see golf courses as wasted space."),
        [pair("golf courses as wasted space", "developers")]
    );
    assert_eq!(
        reported("Democratic voters in all five states see Ruiz as the stronger candidate."),
        [pair("Ruiz as the stronger candidate", "Democratic voters")]
    );
}

#[test]
fn a_quoted_predicate_after_words_of_the_writers_own() {
    let r =
        reported("Ruiz, though, would have to \u{201c}go more to the center,\u{201d} Lee said.");
    assert!(
        r.contains(&pair(
            "Ruiz, though, would have to \u{201c}go more to the center",
            "Lee"
        )),
        "{r:?}"
    );
    // After a bare subject the quotation is the direct quote's, about its subject.
    let r = reported("Earlier she \u{201c}emphasised that the port must reopen,\u{201d} Lee said.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_possessor_with_a_capitalised_word_before_its_noun() {
    let r = reported(
        "The first step, the Harbor senator’s allies say, will be to help them keep their seats.",
    );
    assert!(
        r.contains(&pair(
            "will be to help them keep their seats",
            "the Harbor senator’s allies"
        )),
        "{r:?}"
    );
}

#[test]
fn a_share_given_as_a_fraction_speaks() {
    assert_eq!(
        reported("Among likely voters, about two-thirds, 67 percent, say they will vote for Ruiz."),
        [pair("they will vote for Ruiz", "about two-thirds")]
    );
}

#[test]
fn subjects_after_a_label_long_subjects_set_off_and_names_with_their_places() {
    assert_eq!(
        reported("Turnout: Ruiz, whose team includes young people, said the plan would fail."),
        [pair("the plan would fail", "Ruiz")]
    );
    assert_eq!(
        reported(
            "But numerous veterans interviewed at rallies in Ohio this week, including Mr. Lee, \
             said they had no problem with it."
        ),
        [pair(
            "they had no problem with it",
            "numerous veterans interviewed at rallies in Ohio this week"
        )]
    );
    assert_eq!(
        reported(
            "Ana Ruiz of Ohio and Li Stone of Utah, both up for reelection, also said they would \
             campaign together."
        ),
        [pair(
            "they would campaign together",
            "Ana Ruiz of Ohio and Li Stone of Utah"
        )]
    );
    // A clause before the comma is no subject.
    let r = reported(
        "In a year of doubt, candidates have more room to walk away from the program, said Lee.",
    );
    assert!(r.iter().all(|(_, s)| s.as_deref() == Some("Lee")), "{r:?}");
}

#[test]
fn a_cue_after_since_before_however_or_after_a_dash() {
    assert_eq!(
        reported("Ruiz has since said she would support an increase."),
        [pair("she would support an increase", "Ruiz")]
    );
    assert_eq!(
        reported("Ruiz now says, however, that he is a strong advocate of the plan."),
        [pair("he is a strong advocate of the plan", "Ruiz")]
    );
    assert_eq!(
        reported("Ruiz flipped his choice on the spot \u{2013} saying he was rooting for Stone."),
        [pair("he was rooting for Stone", "Ruiz")]
    );
    // A dash that a second one closes sets off an aside.
    let r = reported(
        "The naming rule \u{2013} adding one digit to each account \u{2013} is not hard to spot.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn seeming_with_a_complement_in_a_main_clause() {
    assert_eq!(
        reported("Ohio seems stable, but that could change."),
        vec![("Ohio seems stable".to_string(), None)]
    );
    assert_eq!(
        reported("Overall, the delegates appeared pleased with the result."),
        vec![(
            "the delegates appeared pleased with the result".to_string(),
            None
        )]
    );
    // Not in a relative or subordinate clause, an infinitive, or an appearance.
    assert!(reported("The court took cases that seemed poised to move the law.").is_empty());
    assert!(reported("If the group's existence seems improbable, it is real.").is_empty());
    assert!(reported("The candidates made an effort to appear more dignified.").is_empty());
    assert!(reported("Ruiz and Stone appeared together on the trail.").is_empty());
}

#[test]
fn a_report_without_a_source() {
    assert_eq!(
        reported("In total, the hackers have reportedly reached more than 100 officials."),
        vec![(
            "the hackers have reportedly reached more than 100 officials".to_string(),
            None
        )]
    );
    assert_eq!(
        reported("He won acclaim as a prosecutor and was reportedly targeted by the cartel."),
        vec![("was reportedly targeted by the cartel".to_string(), None)]
    );
    assert_eq!(
        reported("The agency is reportedly planning an interview as it nears the end of its work."),
        vec![(
            "The agency is reportedly planning an interview".to_string(),
            None
        )]
    );
    // Not a word of a title-case headline.
    assert!(reported("Lee Reportedly Caught In Another Scandal").is_empty());
}

#[test]
fn how_someone_is_perceived_with_no_one_named() {
    assert_eq!(
        reported("At this moment, Ruiz is seen as the candidate with the best chance."),
        vec![(
            "Ruiz is seen as the candidate with the best chance".to_string(),
            None
        )]
    );
    assert_eq!(
        reported("The union is widely regarded as one of the more liberal ones."),
        vec![(
            "The union is widely regarded as one of the more liberal ones".to_string(),
            None
        )]
    );
    let r = reported("She backed Lee, who is known for his tough stance on taxes.");
    assert!(
        r.contains(&(
            "who is known for his tough stance on taxes".to_string(),
            None
        )),
        "{r:?}"
    );
    // Not a name given in passing, a modal's passive or a question.
    assert!(reported("It is part of what is now known as the Harbor movement.").is_empty());
    assert!(reported("The results will be seen as a test.").is_empty());
}

#[test]
fn an_agentless_passive_attributes_its_clause() {
    assert_eq!(
        reported(
            "Ruiz has been criticized for offering vague answers, and aides said the plan \
             would change."
        ),
        vec![
            (
                "Ruiz has been criticized for offering vague answers".to_string(),
                None
            ),
            pair("the plan would change", "aides")
        ]
    );
    assert_eq!(
        reported("On Thursday, the dissolution of the club was announced to members."),
        vec![(
            "the dissolution of the club was announced to members".to_string(),
            None
        )]
    );
    // With an agent it is the agent's; with nothing after it, no content.
    let r = reported("The ban was first reported by the Tribune.");
    assert!(r.iter().all(|(_, s)| s.is_some()), "{r:?}");
    assert!(reported("Then Ruiz was asked.").is_empty());
    assert_eq!(
        reported("Ruiz has long been known to bend the rules at home."),
        vec![(
            "Ruiz has long been known to bend the rules at home".to_string(),
            None
        )]
    );
}

#[test]
fn seeming_at_the_sentence_end_after_an_aside_or_before_a_colon() {
    assert_eq!(
        reported("While the controversy burned, the campaign team appeared paralyzed."),
        vec![("the campaign team appeared paralyzed".to_string(), None)]
    );
    assert_eq!(
        reported("The new government, headed by Ana Ruiz, seems ready to come on board."),
        vec![(
            "The new government, headed by Ana Ruiz, seems ready to come on board".to_string(),
            None
        )]
    );
    let r = reported("Lee seemed irritated: \u{201c}It is a public statement!\u{201d} she wrote.");
    assert!(
        r.contains(&("Lee seemed irritated".to_string(), None)),
        "{r:?}"
    );
}

#[test]
fn passives_in_the_progressive_and_after_a_modal() {
    assert_eq!(
        reported("That deal was already being criticized as a threat to the region."),
        vec![(
            "That deal was already being criticized as a threat to the region".to_string(),
            None
        )]
    );
    assert_eq!(
        reported("The candidates are certain to be pressed about their approaches."),
        vec![(
            "The candidates are certain to be pressed about their approaches".to_string(),
            None
        )]
    );
}

#[test]
fn appearing_with_a_complement_but_not_where_one_appears() {
    assert_eq!(
        reported("Ruiz won the vote, but the political fallout appears significant."),
        vec![(
            "the political fallout appears significant".to_string(),
            None
        )]
    );
    assert!(reported("Ruiz and Stone appeared live on the morning show.").is_empty());
    assert!(reported("Lee will appear on behalf of the ticket next week.").is_empty());
}

#[test]
fn a_topic_or_a_reference_after_an_adverb() {
    assert_eq!(
        reported("She touched briefly on the presidential race."),
        [pair("the presidential race", "She")]
    );
    assert_eq!(
        reported("Friends and employees talked glowingly about his leadership style."),
        [pair("his leadership style", "Friends and employees")]
    );
}
