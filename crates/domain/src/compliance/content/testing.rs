//! Testing accommodations: decided, and each with the parameters its category needs
//! (L2419–L2469). Vague wording is refused at edit time (`iep::validate`).

use super::{blank, err, ContentCx};
use crate::compliance::Finding;
use crate::iep::testing::{AccommodationCategory as C, TestSetting};

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let c = cx.content;
    let ta = &c.testing_accommodations;
    let mut out = Vec::new();
    if ta.accommodations.is_empty() && !ta.none_recommended {
        out.push(err(
            "testing-accommodations-not-decided",
            "L2419",
            "testing_accommodations.accommodations",
            "List the testing accommodations, or record that the team recommends none.",
        ));
    }
    if !ta.accommodations.is_empty() && ta.none_recommended {
        out.push(err("testing-accommodations-contradict", "L2419", "testing_accommodations.none_recommended", "Accommodations are listed but \"no testing accommodations\" is checked: one of them is wrong."));
    }
    if !ta.accommodations.is_empty()
        && blank(&c.present_levels.testing_accommodation_considerations)
    {
        out.push(err("testing-considerations-missing", "L2425", "present_levels.testing_accommodation_considerations", "Testing accommodations are recommended: record the team's reasoning in the present levels (how the disability creates the need, what was used before, the evidence)."));
    }
    for (i, t) in ta.accommodations.iter().enumerate() {
        let at = format!("testing_accommodations.accommodations.{i}");
        let mut missing = |rule: &str, sopm: &str, field: &str, msg: &str| {
            out.push(err(rule, sopm, format!("{at}.{field}"), msg.to_string()))
        };
        match t.category {
            None => missing("testing-accommodation-incomplete", "L2437", "category", "Choose the accommodation."),
            Some(C::ExtendedTime) if t.extended_time.is_none() => missing("extended-time-amount-missing", "L2457", "extended_time", "Extended time says how much: time and a half or double time."),
            Some(C::Breaks) => {
                if t.break_minutes.is_none() {
                    missing("breaks-parameters-missing", "L2441", "break_minutes", "Breaks say how long each break is (e.g. 10 minutes).");
                }
                if t.break_every_minutes.is_none() {
                    missing("breaks-parameters-missing", "L2441", "break_every_minutes", "Breaks say how often (e.g. every 40 minutes).");
                }
            }
            Some(C::SeparateSetting) => match t.setting {
                None => missing("separate-setting-parameters-missing", "L2459", "setting", "A separate location says individually or in a small group."),
                Some(TestSetting::SmallGroup) if t.group_size.is_none() => missing("separate-setting-parameters-missing", "L2459", "group_size", "A small group says its largest size."),
                _ => {}
            },
            Some(C::DirectionsRepeated) if t.extra_direction_readings.is_none() => missing("directions-repeated-count-missing", "L2445", "extra_direction_readings", "Say how many times more than standard the directions are read or signed."),
            Some(C::TestsRead) => {
                if t.read_scope.is_none() {
                    missing("tests-read-parameters-missing", "L2449", "read_scope", "Tests read says whether reading-comprehension tests are included or excluded.");
                }
                if t.read_mode.is_none() {
                    missing("tests-read-parameters-missing", "L2459", "read_mode", "Tests read says how: human reader, text-to-speech or recording, matching instruction.");
                }
            }
            Some(C::MultipleDay) if !t.multiple_day_assurance_filed => missing("multiple-day-assurance-missing", "L2457", "multiple_day_assurance_filed", "Multiple-day administration needs the Assurance of Multiple Day Administration filed with the State."),
            Some(C::SpecialEquipment | C::Calculator | C::WordProcessor | C::Other) if blank(&t.specification) => missing("accommodation-specification-missing", "L2469", "specification", "Say exactly what (e.g. study carrel, calculator with fraction capability)."),
            _ => {}
        }
    }
    out
}
