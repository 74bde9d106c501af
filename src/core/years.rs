//! Years of experience: the one input every model takes.

pub const YEARS_MIN: f64 = 0.0;
pub const YEARS_MAX: f64 = 40.0;
/// The inputs' step: half a year, fine enough for the guide's tier boundaries.
pub const YEARS_STEP: f64 = 0.5;
pub const YEARS_DEFAULT: f64 = 5.0;

/// Years of experience, always finite and within `YEARS_MIN..=YEARS_MAX`, so the models that take
/// it never see NaN or a value outside the range they were fitted on.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Years(f64);

impl Years {
    pub const DEFAULT: Years = Years(YEARS_DEFAULT);
    #[cfg(test)]
    pub const MIN: Years = Years(YEARS_MIN);
    #[cfg(test)]
    pub const MAX: Years = Years(YEARS_MAX);

    /// Clamps into range; `None` only for NaN, which has no sensible nearest value.
    pub fn clamped(value: f64) -> Option<Years> {
        if value.is_nan() {
            None
        } else {
            // -0.0 would print as "-0"; fold it into 0.
            Some(Years(value.clamp(YEARS_MIN, YEARS_MAX) + 0.0))
        }
    }

    /// Is `value` already a valid number of years, with no clamping needed?
    pub fn in_range(value: f64) -> bool {
        (YEARS_MIN..=YEARS_MAX).contains(&value)
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl Default for Years {
    fn default() -> Self {
        Self::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_and_rejects_nan() {
        assert_eq!(Years::clamped(-3.0), Some(Years::MIN));
        assert_eq!(Years::clamped(400.0), Some(Years::MAX));
        assert_eq!(Years::clamped(f64::INFINITY), Some(Years::MAX));
        assert_eq!(Years::clamped(f64::NEG_INFINITY), Some(Years::MIN));
        assert_eq!(Years::clamped(f64::NAN), None);
        assert_eq!(Years::clamped(7.5).map(Years::get), Some(7.5));
        assert!(Years::clamped(-0.0).unwrap().get().is_sign_positive());
    }
}
