use super::*;

fn direct(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    find(text)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| (q.text, q.speaker, q.cue))
        .collect()
}

#[test]
fn a_first_person_quotation_a_sentence_runs_into_is_its_subjects() {
    let q = direct("Ana Ruiz's campaign lost after \u{201c}a closed primary, something I never liked, where independents cannot vote.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q[0].2, None);
    let q = direct(
        "She blamed the defeat on \u{201c}a closed primary, something we never liked.\u{201d}",
    );
    assert_eq!(q[0].1.as_deref(), Some("She"));
    // Not in the first person: the words may be anyone's (a slogan, a report's phrase).
    let q = direct("Ana Ruiz's campaign lost after \u{201c}a closed primary, which many voters never liked at all.\u{201d}");
    assert_eq!(q[0].1, None);
}

#[test]
fn a_phrase_after_a_preposition_modifies_the_speaker_before_it() {
    let q = direct("\u{201c}Will he be the next attorney general?\u{201d} a senior staffer in the room wondered.");
    assert_eq!(q[0].1.as_deref(), Some("a senior staffer"), "{q:?}");
    // "in the past" after a relative pronoun: no speaker phrase at all, not "the past".
    let q = direct("Ruiz, who has in the past described the mayor as \u{201c}a man without any plan for the town,\u{201d} spoke first.");
    assert_ne!(q[0].1.as_deref(), Some("the past"), "{q:?}");
    // A participle and its phrase modify the speaker too.
    assert_eq!(
        speaker_phrase_of("Another intelligence source speaking to Fox News said"),
        "Another intelligence source"
    );
    // A span of time counted back stands between speaker and verb.
    assert_eq!(
        speaker_phrase_of("The State Department less than two weeks ago said"),
        "The State Department"
    );
    // A month's abbreviation and its day stay inside the phrase they date; an adverb of
    // the verb group may stand before the day of the week.
    assert_eq!(
        speaker_phrase_of("The Republican nominee for the Nov. 8 election later said"),
        "The Republican nominee"
    );
    assert_eq!(
        speaker_phrase_of("Ana Ruiz later Thursday told"),
        "Ana Ruiz"
    );
    // In a share ("four in 10") the preposition modifies nothing before it.
    assert_eq!(
        speaker_phrase_of("About four in 10 voters say"),
        "10 voters"
    );
}

/// The phrase `phrase_before` finds before the last word of `text`.
fn speaker_phrase_of(text: &str) -> String {
    let toks = tokens_in(text, (0, text.len()));
    phrase_before(&toks, toks.len() - 1)
        .map(|(s, e)| text[s..e].to_string())
        .unwrap_or_default()
}

#[test]
fn a_state_after_a_town_is_no_name_between_commas() {
    let text = "Ruiz, during a meeting in Columbus, Ohio, said";
    let toks = tokens_in(text, (0, text.len()));
    assert_eq!(name_between_commas(text, &toks, toks.len() - 1), None);
    let text = "The mayor, Ana Ruiz, said";
    let toks = tokens_in(text, (0, text.len()));
    assert!(name_between_commas(text, &toks, toks.len() - 1).is_some());
}

#[test]
fn a_bare_form_after_a_and_one_word_is_a_noun_not_a_cue() {
    // Not "a similar" (the phrase before "challenge").
    let q = direct("In rejecting a similar challenge to the law, the court ruled against the move \u{2014} \u{201c}so that all officials know once and for all what the rule means.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("the court"), "{q:?}");
    let q = direct(
        "A senior aide said on Monday: \u{201c}We will not accept the terms of the deal.\u{201d}",
    );
    assert_eq!(q[0].1.as_deref(), Some("A senior aide"));
    // A capitalised word between does not make the noun a verb ("a Twitter comment").
    let q = direct("Ana Ruiz posted a Twitter comment of her own, saying, \u{201c}We are so excited to meet our new neighbours!\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn attribution_in_every_order() {
    let q = direct("\u{201c}We will not back down from this,\u{201d} Foreign Minister Ana Ruiz said on Monday.");
    assert_eq!(
        q[0],
        (
            "We will not back down from this".into(),
            Some("Foreign Minister Ana Ruiz".into()),
            Some("said".into())
        )
    );
    let q = direct("\"The talks will resume next week,\" said Ruiz.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
    let q = direct(
        "\u{201c}We call on both sides to stop the fighting now,\u{201d} the statement said.",
    );
    assert_eq!(q[0].1.as_deref(), Some("the statement"));
    let q =
        direct("The officers said: \u{201c}The army reiterated its commitment to calm.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("The officers"));
    let q = direct(
        "He \u{201c}urged both sides to find ways to talk,\u{201d} according to the readout.",
    );
    assert_eq!(
        (q[0].1.as_deref(), q[0].2.as_deref()),
        (Some("the readout"), Some("according to"))
    );
    let q = direct("Rebels \u{201c}attacked the convoy near the border crossing,\u{201d} including trucks, Colonel Eva Stone alleged.");
    assert_eq!(q[0].1.as_deref(), Some("Colonel Eva Stone"));
    // A time between the speaker and the verb is not the speaker.
    let q =
        direct("Governor Ana Ruiz on Friday said, \u{201c}We will rebuild every school.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Governor Ana Ruiz"));
    let q = direct("Ruiz Tuesday morning said, \u{201c}We will rebuild every school.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
    // A passive of perception belongs to the verb group of a participle.
    let q = direct("\u{201c}Should there be a register of every visitor here?\u{201d} a reporter can be heard asking the mayor.");
    assert_eq!(q[0].1.as_deref(), Some("a reporter"));
}

#[test]
fn a_dateline_with_its_agency_is_not_the_subject() {
    let text = "Washington (AFP) \u{2013} Senator Ana Ruiz has taken a swipe at her rival, saying that \u{201c}loud comments do more harm than good.\u{201d}";
    let q = find(text);
    assert!(!q.is_empty(), "{q:?}");
    assert!(
        q.iter()
            .all(|q| q.speaker.as_deref() == Some("Senator Ana Ruiz")),
        "{q:?}"
    );
}

#[test]
fn sentence_subjects_past_roles_places_and_titles() {
    let subject =
        |text: &str| sentence_subject(text, (0, text.len())).map(|(s, e)| text[s..e].to_string());
    assert_eq!(
        subject("Republican presidential candidate Ana Ruiz is spending the day in Ohio.")
            .as_deref(),
        Some("Republican presidential candidate Ana Ruiz")
    );
    assert_eq!(
        subject("Speaking at a town hall in Salem, New Hampshire, Ruiz went after Stone.")
            .as_deref(),
        Some("Ruiz")
    );
    assert_eq!(
        subject("Mr. Kopachko, the pollster, said Mr. Stone had a plan.").as_deref(),
        Some("Kopachko")
    );
    // A verb between two names is no role: the subject is the first name.
    assert_eq!(subject("Ruiz beat Stone in Ohio.").as_deref(), Some("Ruiz"));
    assert_eq!(
        subject("Former US secretary of state Ana Ruiz, a party member, fanned controversy over her remark.").as_deref(),
        Some("Former US secretary of state Ana Ruiz")
    );
    // An opening preposition is no subject.
    assert_ne!(
        subject("Across town, Ruiz is knocking on doors.").as_deref(),
        Some("Across")
    );
}

#[test]
fn days_adverbs_and_prepositions_are_no_speakers() {
    let speakers =
        |text: &str| -> Vec<Option<String>> { find(text).into_iter().map(|q| q.speaker).collect() };
    for (text, who) in [
        ("Ana Ruiz, who has been feuding with party leaders this week, on Friday described her intent to lead a \u{201c}big tent party for every voter.\u{201d}", "Ana Ruiz"),
        ("Immediately after the attacks, Ruiz issued a statement, \u{201c}Last night, our nation was attacked by terrorists.\u{201d}", "Ruiz"),
        ("Here in Columbia, Ruiz stepped up her emphasis on justice, saying, \u{201c}We have got to achieve the day when people walk safely.\u{201d}", "Ruiz"),
        ("Sen. Ana Ruiz of Florida, who spoke in the debate, mused that the rival was \u{201c}disqualified from being the commander in chief.\u{201d}", "Sen. Ana Ruiz of Florida"),
        ("Amid responses from some readers, columnist Tom Hale provided a justification, saying it is necessary to \u{201c}identify the traitors and remember their names.\u{201d}", "Tom Hale"),
    ] {
        let found = speakers(text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|s| s.as_deref() == Some(who)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_name_set_off_after_its_description_is_the_speaker() {
    for text in [
        "\u{201c}We will win this state and the next one,\u{201d} her top strategist, Tom Hale, said on Sunday.",
        "Her personal lawyer, Tom E. Hale, wrote that such a request was \u{201c}futile and could not succeed.\u{201d}",
    ] {
        let q = find(text);
        assert!(!q.is_empty(), "{text}");
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref().is_some_and(|s| s.starts_with("Tom"))),
            "{q:?}"
        );
    }
}

#[test]
fn as_someone_put_it_attributes_the_quote() {
    let text = "At the time, as prosecutor Marc Vidal put it, \u{201c}there was not much to complain about in the strict terms of the law.\u{201d}";
    let q = find(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].speaker.as_deref(),
        Some("prosecutor Marc Vidal"),
        "{q:?}"
    );
    assert_eq!(q[0].cue.as_deref(), Some("put it"));
}

#[test]
fn attributions_beyond_speech_verbs() {
    // A verb whose form is also a plural noun, closing the attribution after a name.
    let q = direct("\"Look at the statement the mayor put out after the storm,\" Conway notes.");
    assert_eq!(q[0].1.as_deref(), Some("Conway"), "{q:?}");
    // A document's words are read.
    let q = direct("\u{201c}If she wants to lead the city, the mayor should act like it,\u{201d} the editorial read.");
    assert_eq!(q[0].1.as_deref(), Some("the editorial"), "{q:?}");
    // A colon after the subject and its verb, a few words into the clause.
    let q = direct("17-year-old Jared Potts echoed:\n\n\u{201c}He speaks his mind, and that is what the town needs.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Jared Potts"), "{q:?}");
    let q = direct(
        "As Ana Ruiz, the party's whip, put it: \"This person will not be confirmed this year.\"",
    );
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    // Phrases that run past a function word.
    let q = direct("\"There will not be a path for the rival to succeed,\" said one of those advisers, who asked not to be named.");
    assert_eq!(q[0].1.as_deref(), Some("one of those advisers"), "{q:?}");
    let q = direct("\"The drop we see now is directly due to the emails,\" said a person close to the campaign.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("a person close to the campaign"),
        "{q:?}"
    );
}

#[test]
fn speakers_with_labels_ages_roles_and_questions() {
    let q = direct("\u{201c}There is tremendous energy in a whole new generation,\u{201d} Rep. Ana Ruiz (D-Ore.) said.");
    assert_eq!(q[0].1.as_deref(), Some("Rep. Ana Ruiz"), "{q:?}");
    let q = direct("\u{201c}What if the mayor had elocution lessons?\u{201d} the 43-year-old asked in the description.");
    assert_eq!(q[0].1.as_deref(), Some("the 43-year-old"), "{q:?}");
    let q = direct("\"Is this what the party has come to now?\" asked Bennett, now a radio host.");
    assert_eq!(q[0].1.as_deref(), Some("Bennett"), "{q:?}");
    let q = direct("At the rally, the secretary of state said she was \"not only here to do my job\" but also to back her candidate.");
    assert_eq!(q[0].1.as_deref(), Some("the secretary of state"), "{q:?}");
    let q = direct("\"Thanks, Clarkston, for welcoming these families,\" said master of ceremonies Ana Ruiz, an engineer.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("master of ceremonies Ana Ruiz"),
        "{q:?}"
    );
}

#[test]
fn a_quotation_ending_a_reported_clause_is_part_of_it() {
    let all = find("Ana Ruiz promised Sunday at a Las Vegas rally to end \u{201c}the excessively wasteful deportation regime.\u{201d}");
    let rep = all
        .iter()
        .find(|q| q.kind == QuoteKind::Reported)
        .expect("reported");
    assert!(
        rep.text.starts_with("Sunday at a Las Vegas rally to end"),
        "{all:?}"
    );
    assert_eq!(rep.speaker.as_deref(), Some("Ana Ruiz"));
    // A clause running on past the quotation.
    let all = find("Ana Ruiz acknowledged in a forum on Monday night \"it will be very hard for us to win\" if she keeps losing in the south.");
    let rep = all
        .iter()
        .find(|q| q.kind == QuoteKind::Reported)
        .expect("reported");
    assert!(
        rep.text.ends_with("if she keeps losing in the south"),
        "{all:?}"
    );
    // A modifier of the cue is not content.
    let all = find("\u{201c}Of course we will release the records,\u{201d} Ruiz said during an interview on \u{201c}State of the Union\u{201d} on Sunday.");
    assert!(all.iter().all(|q| q.kind == QuoteKind::Direct), "{all:?}");
}

#[test]
fn short_quotations_named_or_exclaimed() {
    let q = direct("Ana Ruiz hoisted a sign that read \u{201c}15%!\u{201d} at the rally.");
    assert_eq!(q.len(), 1, "{q:?}");
    let q = direct("\u{201c}This is fantastic!\u{201d} beamed Donald Hartley of Madison.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("Donald Hartley of Madison"),
        "{q:?}"
    );
    let q = direct("\"Nooooo!\" the crowd cried out, booing.");
    assert_eq!(q[0].1.as_deref(), Some("the crowd"), "{q:?}");
    let q = direct("The rally had one message: \"Dump Stone.\"");
    assert_eq!(q.len(), 1, "{q:?}");
    let q = direct("He waved the sign around, mouthing \u{201c}thank you\u{201d} to the crowd.");
    assert_eq!(q.len(), 1, "{q:?}");
    // A scare quote after an ordinary word is no one's words.
    assert!(direct("The plan is a \u{201c}border deal\u{201d} in all but name.").is_empty());
}

#[test]
fn a_quotation_as_a_verbs_object_is_the_subjects() {
    let q = direct("\"We are done here for today,\" said Dan Stone. Ruiz, co-founder of the institute, welcomed \"the recognition that we do not have all the tools we need.\"");
    assert_eq!(q[1].1.as_deref(), Some("Ruiz"), "{q:?}");
}

#[test]
fn a_short_sentence_introduces_the_quote_after_it() {
    let q = direct("\"We are done,\" said Dan Stone. Professor Ana Ruiz agreed. \"Mainstream voters are running out of time to find an alternative.\"");
    assert_eq!(q[1].1.as_deref(), Some("Professor Ana Ruiz"), "{q:?}");
    let q = direct("\"We are done,\" said Dan Stone. Ana Ruiz, the party's spokeswoman, said in a statement. \"There are no paper ballots to count again.\"");
    assert_eq!(q[1].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    // A longer sentence is not an introduction: the quote continues the last speaker.
    let q = direct("\"We are done,\" said Dan Stone. Professor Ana Ruiz agreed with him on the budget and many other things. \"Mainstream voters are running out of time.\"");
    assert_eq!(q[1].1.as_deref(), Some("Dan Stone"), "{q:?}");
}

#[test]
fn a_quotation_inside_reported_speech_is_its_speakers() {
    let q = direct("\u{201c}We will win the state,\u{201d} Dan Stone said. Sen. Ana Ruiz has said that she would \"cut the budget by half. I do not know if the agencies can survive.\"");
    let inner = q
        .iter()
        .find(|x| x.0.starts_with("cut the budget"))
        .unwrap();
    assert_eq!(inner.1.as_deref(), Some("Sen. Ana Ruiz"), "{q:?}");
}

#[test]
fn a_quote_after_reported_speech_is_that_speakers_not_an_earlier_ones() {
    let q = direct("\u{201c}The movement was ready,\u{201d} Dan Stone said.\n\nLee, the defendant's attorney, argues that his client never urged violence. \u{201c}The government is alleging things he never said.\u{201d}");
    let later = q
        .iter()
        .find(|x| x.0.starts_with("The government"))
        .unwrap();
    assert_eq!(later.1.as_deref(), Some("Lee"), "{q:?}");
    // With nothing reported in between, the earlier speaker goes on.
    let q = direct("\u{201c}The movement was ready,\u{201d} Dan Stone said. The trial opens today. \u{201c}We will see what the jury makes of all the evidence.\u{201d}");
    assert_eq!(q[1].1.as_deref(), Some("Dan Stone"), "{q:?}");
}

#[test]
fn quotes_broken_by_attribution_and_over_paragraphs() {
    let all = find("\u{201c}Everything you said and everything I said,\u{201d} the judge exclaimed, \u{201c}has overlapped.\u{201d}");
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all[1].continues_previous);
    assert_eq!(all[1].speaker.as_deref(), Some("the judge"));
    let all = find("Ruiz said: \u{201c}The first part of what I have to say runs on.\n\n\u{201c}And the second part ends here.\u{201d}");
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[0].text, "The first part of what I have to say runs on.");
    assert_eq!(all[1].speaker.as_deref(), Some("Ruiz"));
}

#[test]
fn floating_quotes_and_scare_quotes() {
    let q = direct("The army \u{201c}is moving troops to the front,\u{201d} the commander said. \u{201c}Our forces remain ready for any attack.\u{201d} Talks on \u{201c}border trade\u{201d} stalled.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("the commander"));
}

#[test]
fn mismatched_quotation_marks_still_pair() {
    // Curly open, straight close.
    let q = direct("\u{201c}I was hoping to see more of that,\u{201d} Ruiz said. \u{201c}So I was disappointed when he spoke.\" The rally ended.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, "So I was disappointed when he spoke.");
    // An opening mark typed for the closing one, and the other way round.
    let q = direct("\u{201c}That could create new problems for her here,\u{201c} Ruiz said.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
    let q = direct("Hale posted \u{201d}Sorry Ana, you should have said so sooner!!\u{201d}");
    assert_eq!(
        q[0].0, "Sorry Ana, you should have said so sooner!!",
        "{q:?}"
    );
}

#[test]
fn a_cue_word_after_in_or_with_is_a_noun() {
    let text = "She answered with claims that the count was wrong, in saying so.";
    let toks = tokenize(text);
    let at = |w: &str| toks.iter().position(|t| t.text == w).unwrap();
    assert!(!is_cue_at(&toks, at("claims")));
    assert!(is_cue_at(&toks, at("saying")));
}

#[test]
fn before_a_participle_the_speaker_is_who_did_what_the_phrase_says() {
    // What someone did (a verb and its object) is not who spoke: the clause's subject is.
    let q = direct("At the time, she released a statement saying, \u{201c}The company has been a trusted partner for years and we look forward to more.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("she"), "{q:?}");
    // An object after a preposition is not the speaker either; a possessive description
    // opens the clause.
    let q = direct("Even before Ruiz took the stage, his campaign sent out a text message to supporters saying: \u{201c}With your help, we were just declared the winner tonight!\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("his campaign"), "{q:?}");
    // "with X -ing": X is the one speaking.
    let q = direct("The parties split, with Ruiz calling for \u{201c}a complete halt to all new permits until we know more\u{201d} on Monday.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
    // "“…,” said X, adding that “…”": the earlier attribution's speaker follows its cue.
    let q = direct("\u{201c}It is not new in Virginia,\u{201d} said Rep. Ana Ruiz at the time, adding that \u{201c}we have been electing such candidates for a long time.\u{201d}");
    assert_eq!(q[1].1.as_deref(), Some("Rep. Ana Ruiz"), "{q:?}");
}

#[test]
fn introductions_by_a_dash_a_source_or_a_characterising_verb() {
    // A name set off by a dash before the colon.
    let q = direct("The economy has mattered more than expected - Ana Ruiz: \u{201c}Two weeks ago, his strongest ground had been the South. Now it is the North.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    // "From <source>:".
    let q = direct("Not all panels are equal. From the report: \u{201c}In general, samples with more careful weighting produced more accurate results.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("the report"), "{q:?}");
    // A verb that characterises, right before the quotation.
    let q = direct("In the capital, Mayor Ana Ruiz released a statement condemning \u{201c}what appears to be a cowardly attack on families at the market.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Mayor Ana Ruiz"), "{q:?}");
}

#[test]
fn a_pronoun_opening_reported_content_is_its_speaker() {
    let q = direct("The longtime senator said he rarely asks others to campaign for him, \u{201c}except for people I am very close to. And I am not close to him.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("The longtime senator"), "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("said"), "{q:?}");
}

#[test]
fn speakers_the_cue_lists_do_not_name() {
    // A verb no list holds, after a spoken quote.
    let q = direct("\u{201c}France will always be France,\u{201d} an angry Ruiz retaliated.");
    assert_eq!(q[0].1.as_deref(), Some("an angry Ruiz"), "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("retaliated"));
    let q = direct("\u{201c}They want it all for free,\u{201d} Bennett shot back with a laugh.");
    assert_eq!(q[0].1.as_deref(), Some("Bennett"), "{q:?}");
    // Not after a quote closed by a full stop: that verb is the next sentence's.
    let q = direct("He called it \u{201c}a fair deal for all of us.\u{201d} Stone objected.");
    assert_ne!(q[0].1.as_deref(), Some("Stone"), "{q:?}");
    // A possessor is part of the speaker.
    let q = direct("\u{201c}The suit is meritless,\u{201d} Rep. Ana Ruiz\u{2019}s office said.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("Rep. Ana Ruiz\u{2019}s office"),
        "{q:?}"
    );
    // An opening participle or adverb is not the subject.
    let q = direct("Speaking at a rally in Salem, Stone went after Ruiz, calling him \u{201c}a total stiff and a loser.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Stone"), "{q:?}");
    // A speaker after the cue that opens with a number word.
    let q = direct("\u{201c}One of my criteria was whether they support him,\u{201d} said one district party leader.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("one district party leader"),
        "{q:?}"
    );
    // A short spoken quote whose speaker stands right after it, with an apposition.
    let q = direct("\u{201c}They\u{2019}d be wrong,\u{201d} Tom Hale, a spokesman for Ruiz, said in an interview.");
    assert_eq!(q[0].1.as_deref(), Some("Tom Hale"), "{q:?}");
    // An opening phrase before the subject and its apposition.
    let q = direct("Of the plan, Hale, who has given money to Ruiz, said, \u{201c}It is flat-out scary to me.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Hale"), "{q:?}");
    // "A person familiar with …" is the person; a description opening the clause is the
    // subject of a participle.
    let q = direct(
        "A person familiar with the talks said, \u{201c}The deal will close this week.\u{201d}",
    );
    assert_eq!(q[0].1.as_deref(), Some("A person"), "{q:?}");
    let q = direct("The town released a statement about Ruiz on Wednesday, saying \u{201c}the city has made progress this year.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("The town"), "{q:?}");
    // A statement introduced by its issuer's sentence.
    let q = direct("In response to the attack, Governor Ana Ruiz issued the following statement:\n\n\u{201c}Our prayers are with all those affected tonight.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Governor Ana Ruiz"), "{q:?}");
    // A title's stop inside a subject set off by commas; a comma after a short place name
    // is no title's stop.
    let q = direct("Gov. Ana Ruiz, said, \u{201c}I am getting ready to win this state.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Gov. Ana Ruiz"), "{q:?}");
    let q = direct(
        "After winning Ohio, Ana Ruiz said, \u{201c}We will go on to the convention.\u{201d}",
    );
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    // The subject of a participle: a description opening with a number word; past a
    // speech verb's form used as a noun ("his home state").
    let q = direct("Hundreds of demonstrators marched through Center City on Monday, chanting \u{201c}No deal, no vote, no way,\u{201d} as the talks went on.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("Hundreds of demonstrators"),
        "{q:?}"
    );
    let q = direct("Ana Ruiz, celebrating a victory in her home state of Oregon, is pledging to \u{201c}win many hundreds of delegates\u{201d} next week.");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn a_quote_is_not_also_reported_speech() {
    // The quotation alone after "said" is the direct quote, not also reported content.
    let all =
        find("The governor, Ana Ruiz, said, \u{201c}I am getting ready to win this state.\u{201d}");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].kind, QuoteKind::Direct);
    assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn about_and_reported_speech() {
    let all = find("Ruiz, in both calls, \u{201c}stressed the need for calm and restraint,\u{201d} Stone said. Local officials said that the bridge would reopen next month.");
    assert_eq!(all[0].about.as_deref(), Some("Ruiz"));
    assert_eq!(all[0].speaker.as_deref(), Some("Stone"));
    let rep = all.iter().find(|q| q.kind == QuoteKind::Reported).unwrap();
    assert_eq!(rep.speaker.as_deref(), Some("Local officials"));
    assert_eq!(rep.text, "the bridge would reopen next month");
}

#[test]
fn a_quotation_after_a_full_stop_has_its_own_attribution() {
    let q = direct("Ana Ruiz said, \u{201c}We will certainly try to reach more voters.\u{201d} At the same time, the aide added, \u{201c}the endorsements did not do much good.\u{201d}");
    assert_eq!(q[1].1.as_deref(), Some("the aide"));
    // A first part closed by a comma is continued.
    let q = direct("\u{201c}We will certainly try to reach more voters,\u{201d} Ana Ruiz said, \u{201c}and we will win the state.\u{201d}");
    assert_eq!(q[1].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_description_runs_on_to_the_name_it_is_known_as() {
    let q = direct("\u{201c}There never was an order to stand down,\u{201d} said the station chief known as Bob, speaking for the first time.");
    assert_eq!(q[0].1.as_deref(), Some("the station chief known as Bob"));
}

#[test]
fn a_verb_form_after_a_possessive_is_a_noun() {
    let text = "a source familiar with Ruiz\u{2019}s thinking";
    let toks = tokens_in(text, (0, text.len()));
    assert!(!is_cue_at(&toks, toks.len() - 1));
    let text = "a source familiar with it, thinking";
    let toks = tokens_in(text, (0, text.len()));
    assert!(is_cue_at(&toks, toks.len() - 1));
}

#[test]
fn a_verb_joined_after_the_quotation_takes_no_object_as_speaker() {
    let q = direct("Ruiz thanked the volunteers \u{201c}for all of their work this year\u{201d} and called Harbor Relief \u{201c}the best partner we ever had.\u{201d}");
    assert!(q
        .iter()
        .all(|(_, speaker, _)| speaker.as_deref() != Some("Harbor Relief")));
}

#[test]
fn a_quotation_in_a_possessive_claim_is_the_possessors() {
    let q = direct("Gov. Ana Ruiz blamed the media for making an issue out of Tom Stone\u{2019}s claim that the mayor \u{201c}founded the cartel,\u{201d} on Thursday.");
    assert_eq!(q[0].1.as_deref(), Some("Tom Stone"));
    let q = direct(
        "The talks go beyond Stone's controversial pledge to be \"neutral\" during the vote.",
    );
    assert_eq!(q[0].1.as_deref(), Some("Stone"));
    // Without a noun of saying the short quotation stays a scare quote.
    assert!(direct(
        "The talks go beyond Stone's controversial plan to be \"neutral\" during the vote."
    )
    .is_empty());
}

#[test]
fn a_subject_across_a_relative_clause_or_an_opening_clause() {
    let q = direct("While Ruiz has condemned the plan, the groups who wrote to her on Thursday say they are \u{201c}concerned your campaign is sending mixed messages about it.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("the groups"));
    let q = direct("But almost immediately after she did, Tom Stone, who was an adviser to the mayor, tweeted this: \"She did it again and I will say it again, it is misleading.\"");
    assert_eq!(q[0].1.as_deref(), Some("Tom Stone"));
}

#[test]
fn a_participle_joined_to_an_earlier_one_has_its_speaker() {
    let q = direct("Republicans were quick to chime in, with Ana Ruiz tweeting that it was a \"disaster\" for Stone and asking, \"How can someone with such bad judgement be our next mayor?\"");
    assert_eq!(q.last().unwrap().1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_speaker_after_the_cue_may_open_with_a_possessive() {
    let q = direct("\u{201c}We are going to start chipping away at the lead,\u{201d} said his campaign manager Tom Stone.");
    assert_eq!(q[0].1.as_deref(), Some("his campaign manager Tom Stone"));
}

#[test]
fn an_outer_quotation_holds_an_inner_one_of_the_other_mark() {
    let q = direct("Dr. Ruiz stated:\n\n\"The department isn\u{2019}t about \u{201c}Equal Justice Under Law\u{201d} anymore. It is about the vision of the mayor.\"");
    assert_eq!(q.len(), 1);
    assert!(q[0].0.starts_with("The department"));
    assert_eq!(q[0].1.as_deref(), Some("Dr. Ruiz"));
}

#[test]
fn a_name_before_its_description_and_a_verb_joined_to_the_first_cue() {
    let q = direct("Gov. Tom Stone on Monday signed an order to block the plan, while Ana Ruiz, the former governor, proposed we \"wake up and smell the coffee\" and more.");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
    let q = direct("In a wide-ranging, in-prison interview with journalist Tom Stone last year, Ruiz said he welcomed extradition and added, \"I will plead guilty, no problem.\"");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
}

#[test]
fn before_a_participle_a_past_verbs_subject_is_the_speaker() {
    let q = direct("Harbor Relief issued a statement saying it took the action \"because of the unsafe conditions created for our communities.\"");
    assert_eq!(q[0].1.as_deref(), Some("Harbor Relief"));
}

#[test]
fn a_naming_verb_past_its_object_and_a_document_that_reads() {
    let q = direct("Party members were irritated about the lack of detail, with Sen. Ana Ruiz calling it a \u{201c}Chinese menu.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Sen. Ana Ruiz"));
    let q = direct("\u{201c}There are invertebrates that have shown more spine than the mayor,\u{201d} reads a Wednesday editorial in The Harbor Courier.");
    assert_eq!(q[0].1.as_deref(), Some("a Wednesday editorial"));
}

#[test]
fn a_capitalised_preposition_is_no_subject() {
    let q = direct("Amid what the New York Times called a \u{201c}rough week\u{201d} for Stone, the polls moved.");
    assert_eq!(q[0].1.as_deref(), Some("the New York Times"));
}

#[test]
fn a_verb_thanking_for_a_quotation_and_a_statement_put_out() {
    let q = direct("Stone thanked him for \u{201c}stepping up and taking action when the council would not.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Stone"));
    let q = direct("It has become such a presence that Ruiz during a Sunday thanked its members \u{201c}for their support in my campaign\u{201d} at length.");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
    let q = direct("His office put out a statement saying the city \u{201c}does not have the capacity to properly vet every incoming request.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("His office"));
}

#[test]
fn an_inverted_cue_set_off_by_a_comma_before_the_quotation() {
    let q = direct("Because of how the party crafted the calendar, explained Ruiz, \u{201c}with this thing being over by mid-March, we will be fine with it.\u{201d}");
    assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
    assert_eq!(q[0].2.as_deref(), Some("explained"));
}

#[test]
fn a_possessive_does_not_end_an_opening_phrase() {
    let q = direct("When told Lee was in the mayor's Cabinet and in the running for a bigger job, Stone thought for a moment and said that in the current climate, \"I think it is kind of an advantage not to be a celebrity.\"");
    assert_eq!(q[0].1.as_deref(), Some("Stone"));
}

#[test]
fn a_speaker_after_the_cue_runs_through_a_quoted_title() {
    let q = direct("\u{201c}If we want young voters to support us, we have to engage them and show our sincerity,\u{201d} wrote the authors of the \u{201c}Harbor Renewal Project,\u{201d} giving an example.");
    assert_eq!(
        q[0].1.as_deref(),
        Some("the authors of the \u{201c}Harbor Renewal Project")
    );
}

#[test]
fn a_title_cased_name_of_a_work_or_a_broadcast_is_no_quote() {
    for (text, title) in [
        (
            "“We will win this state,” Ruiz said on ABC’s “This Week With Ana Stone.”",
            "This Week With Ana Stone.",
        ),
        (
            "In her memoir, “Tough Choices for Harbor Town,” Ruiz tells of the strike.",
            "Tough Choices for Harbor Town",
        ),
        (
            "Stone appeared on “Morning Harbor Live” on Sunday and took questions.",
            "Morning Harbor Live",
        ),
        (
            "Ruiz starred in the movie “Harbor Lights: The Long Night” years ago.",
            "Harbor Lights: The Long Night",
        ),
        (
            "Sitting down with KXBR's \"The Harbor Hour With Ana Stone\", Ruiz remarked on it.",
            "The Harbor Hour With Ana Stone",
        ),
        (
            "The interview aired Sunday on the Harbor News channel’s “Sunday Morning Lights.”",
            "Sunday Morning Lights.",
        ),
    ] {
        let found = direct(text);
        assert!(
            found.iter().all(|(q, _, _)| q != title),
            "{text}: {found:?}"
        );
    }
    // Words said on a day, not a programme, stay a quote even when title-cased.
    let found = direct("Ruiz said on Sunday, “The Plan Will Work For Every Family Here.”");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = direct("“We will win this state,” Ruiz said on ABC’s “This Week.”");
    assert_eq!(found.len(), 1, "{found:?}");
}
