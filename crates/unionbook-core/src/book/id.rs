//! Record ids: 16 characters of lowercase Crockford base32, 80 random bits. Short enough to keep
//! 80,000 records in localStorage, long enough that two phones never draw the same one
//! (a collision among a million ids has odds of about 1 in 10¹²).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
pub const ID_LEN: usize = 16;
/// How many tabs of one phone can write as distinct lanes; more than that share a random
/// writer id of their own (see `RecordId::writer_lane`).
pub const WRITER_LANES: u32 = 8;

/// The stable id of a record, the same on every phone that holds it. Devices have ids of the
/// same form, because each device is itself a record (its officer's name travels with exports).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId([u8; ID_LEN]);

impl RecordId {
    /// A fresh id from 10 random bytes (the shell draws them from `crypto.getRandomValues`).
    pub fn from_random(bytes: [u8; 10]) -> RecordId {
        let bits = bytes.iter().fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
        let mut out = [0u8; ID_LEN];
        for (i, slot) in out.iter_mut().enumerate() {
            let shift = 5 * (ID_LEN - 1 - i);
            *slot = ALPHABET[((bits >> shift) & 31) as usize];
        }
        RecordId(out)
    }

    /// A fixed id for a record every book has one of, such as the union's own profile.
    pub const fn well_known(n: u8) -> RecordId {
        let mut out = [b'0'; ID_LEN];
        out[ID_LEN - 1] = ALPHABET[(n % 32) as usize];
        out[ID_LEN - 2] = ALPHABET[(n / 32 % 32) as usize];
        RecordId(out)
    }

    /// The writer id of one of this device's lanes: lane 0 is the device itself; each further
    /// tab open at once writes as its own lane, so two tabs are two writers whose concurrent
    /// edits are told apart. Derived, so a phone uses the same few writer ids all its life.
    pub fn writer_lane(self, lane: u32) -> RecordId {
        if lane == 0 {
            return self;
        }
        let seed = self.0.iter().fold(u64::from(lane), |acc, b| acc.rotate_left(5) ^ u64::from(*b));
        SeededEntropy(seed).new_id()
    }

    /// The id of the one record that belongs to a pair of records, such as a room's scores in
    /// an inspection round or a judge's sheet in a selection. Derived rather than drawn, so two
    /// phones that start it offline write the same record and their fields merge, instead of
    /// leaving two records for one room.
    pub fn derived(self, other: RecordId) -> RecordId {
        // FNV-1a over both ids, then splitmix: 64 bits of seed spread over the id's 80.
        let seed = self
            .0
            .iter()
            .chain(b"/")
            .chain(other.0.iter())
            .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3));
        SeededEntropy(seed).new_id()
    }

    /// The id derived from several: `parts[0].derived(parts[1]).derived(parts[2])…`; `None`
    /// for fewer than two.
    pub fn derived_from(parts: &[RecordId]) -> Option<RecordId> {
        let (first, rest) = parts.split_first()?;
        (!rest.is_empty()).then(|| rest.iter().fold(*first, |acc, part| acc.derived(*part)))
    }

    /// Whether `writer` is one of this device's lanes.
    pub fn has_lane(self, writer: RecordId) -> bool {
        (0..WRITER_LANES).any(|lane| self.writer_lane(lane) == writer)
    }

    pub fn parse(text: &str) -> Option<RecordId> {
        let bytes = text.as_bytes();
        if bytes.len() != ID_LEN || !bytes.iter().all(|b| ALPHABET.contains(b)) {
            return None;
        }
        let mut out = [0u8; ID_LEN];
        out.copy_from_slice(bytes);
        Some(RecordId(out))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ids are ASCII")
    }

    /// The value of the id's first `bits` bits (at most 20): random, so they spread records
    /// evenly over storage chunks.
    pub fn top_bits(&self, bits: u32) -> u32 {
        let value = |b: u8| ALPHABET.iter().position(|a| *a == b).expect("ids hold alphabet characters") as u32;
        let first20 = self.0[..4].iter().fold(0, |acc, b| (acc << 5) | value(*b));
        first20 >> (20 - bits.min(20))
    }

    /// The smallest and largest ids whose first `bits` bits are `bucket`.
    pub fn bucket_bounds(bucket: u32, bits: u32) -> (RecordId, RecordId) {
        let bound = |low: bool| {
            let fill = if low { 0 } else { (1u32 << (20 - bits)) - 1 };
            let first20 = (bucket << (20 - bits)) | fill;
            let mut out = [if low { b'0' } else { b'z' }; ID_LEN];
            for (i, slot) in out[..4].iter_mut().enumerate() {
                *slot = ALPHABET[((first20 >> (5 * (3 - i))) & 31) as usize];
            }
            RecordId(out)
        };
        (bound(true), bound(false))
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.as_str())
    }
}

impl Serialize for RecordId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RecordId, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RecordId::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a record id (16 characters from 0-9 and a-z without i, l, o, u)"
            ))
        })
    }
}

/// Where a device gets its randomness: the browser's crypto in the app, a seeded generator in
/// tests.
pub trait Entropy {
    fn bytes10(&mut self) -> [u8; 10];

    fn new_id(&mut self) -> RecordId {
        RecordId::from_random(self.bytes10())
    }
}

/// A deterministic generator (splitmix64) for tests, benchmarks and the sample union, whose
/// records must have the same ids on every phone that loads it.
#[derive(Clone, Debug)]
pub struct SeededEntropy(pub u64);

impl SeededEntropy {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl Entropy for SeededEntropy {
    fn bytes10(&mut self) -> [u8; 10] {
        let (a, b) = (self.next_u64().to_be_bytes(), self.next_u64().to_be_bytes());
        let mut out = [0u8; 10];
        out[..8].copy_from_slice(&a);
        out[8..].copy_from_slice(&b[..2]);
        out
    }
}

#[cfg(test)]
#[path = "id_tests.rs"]
mod tests;
