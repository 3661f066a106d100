//! The date a preset's addresses were last seen in a source (`checked`): a day `YYYY-MM-DD`, or only a
//! month `YYYY-MM` or a year `YYYY` when the source says no more (an undated copy known to be from 2022).

use crate::lang::typography::fill;
use crate::lang::Lang;

/// A calendar day, month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (2000 to 2999: the catalogue's sources are all from this century).
    pub year: u16,
    /// The month, 1 to 12; 0 when the source gives only the year.
    pub month: u8,
    /// The day of the month, 1 to its last day; 0 when the source gives no day.
    pub day: u8,
}

impl Date {
    /// The date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, if it is one.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let mut number = |digits: usize| -> Option<Option<u16>> {
            let Some(part) = parts.next() else {
                return Some(None);
            };
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok())
        };
        let year = number(4)??;
        let month = number(2)?;
        let day = number(2)?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) || !(2000..3000).contains(&year) {
            return None;
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let last_day = match month {
            None => 0,
            Some(2) if leap => 29,
            Some(2) => 28,
            Some(4 | 6 | 9 | 11) => 30,
            Some(1..=12) => 31,
            Some(_) => return None,
        };
        if day.is_some_and(|day| !(1..=last_day).contains(&day)) {
            return None;
        }
        Some(Date {
            year,
            month: month.unwrap_or(0) as u8,
            day: day.unwrap_or(0) as u8,
        })
    }

    /// As the files write it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (month, 0) => format!("{:04}-{month:02}", self.year),
            (month, day) => format!("{:04}-{month:02}-{day:02}", self.year),
        }
    }

    /// The date as a reader says it, with its preposition: "le 14 janvier 2025", "en 2022"; "on 14
    /// January 2025", "in 2022".
    pub fn said(self, lang: Lang) -> String {
        let w = lang.words();
        let year = self.year.to_string();
        let Some(month) = usize::from(self.month)
            .checked_sub(1)
            .and_then(|index| w.months.get(index))
        else {
            return fill(w.date_year, &[("year", &year)]);
        };
        if self.day == 0 {
            return fill(w.date_month, &[("month", month), ("year", &year)]);
        }
        let day = if self.day == 1 {
            w.first_day.to_owned()
        } else {
            self.day.to_string()
        };
        fill(w.date_day, &[("day", &day), ("month", month), ("year", &year)])
    }
}
