//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const moment=require('moment');
const t='2024-03-05T07:08:09.123Z';"##;

const CASES: &[(&str, &str)] = &[
    // f1
    (
        r##"(()=>moment.utc(t).format())()"##,
        r##"2024-03-05T07:08:09Z"##,
    ),
    // f2
    (
        r##"(()=>moment.utc(t).format('YYYY-MM-DD HH:mm:ss.SSS'))()"##,
        r##"2024-03-05 07:08:09.123"##,
    ),
    // f3
    (
        r##"(()=>moment.utc(t).format('YY M D H h hh m s S SS A a Do MMM MMMM ddd dddd d E e DDD DDDD w ww W WW X x Q gggg GGGG'))()"##,
        r##"24 3 5 7 7 07 8 9 1 12 AM am 5th Mar March Tue Tuesday 2 2 2 65 065 10 10 10 10 1709622489 1709622489123 1 2024 2024"##,
    ),
    // f4
    (
        r##"(()=>moment.utc(t).format('[Today is] dddd, MMMM Do YYYY, h:mm:ss a Z ZZ z'))()"##,
        r##"Today is Tuesday, March 5th 2024, 7:08:09 am +00:00 +0000 UTC"##,
    ),
    // f5
    (
        r##"(()=>moment.utc(t).format('LT LTS L LL LLL LLLL l ll lll llll'))()"##,
        r##"7:08 AM 7:08:09 AM 03/05/2024 March 5, 2024 March 5, 2024 7:08 AM Tuesday, March 5, 2024 7:08 AM 3/5/2024 Mar 5, 2024 Mar 5, 2024 7:08 AM Tue, Mar 5, 2024 7:08 AM"##,
    ),
    // f6
    (
        r##"(()=>moment.utc(t).toISOString()+' '+moment.utc(t).valueOf()+' '+moment.utc(t).unix()+' '+J(moment.utc(t))+' '+moment.utc(t).toString())()"##,
        r##"2024-03-05T07:08:09.123Z 1709622489123 1709622489 "2024-03-05T07:08:09.123Z" Tue Mar 05 2024 07:08:09 GMT+0000"##,
    ),
    // p1
    (
        r##"(()=>moment.utc('2024-03-05').format()+' '+moment.utc('2024-03-05 10:20').format()+' '+moment.utc('20240305').format()+' '+moment.utc('2024-03-05T10:20:30+02:00').format())()"##,
        r##"2024-03-05T00:00:00Z 2024-03-05T10:20:00Z 2024-03-05T00:00:00Z 2024-03-05T08:20:30Z"##,
    ),
    // p2
    (
        r##"(()=>moment.utc('05/03/2024','DD/MM/YYYY').format()+' '+moment.utc('March 5, 2024','MMMM D, YYYY').format()+' '+moment.utc('1709622489','X').format()+' '+moment.utc('2024-3-5 7:08 pm','YYYY-M-D h:mm a').format())()"##,
        r##"2024-03-05T00:00:00Z 2024-03-05T00:00:00Z 2024-03-05T07:08:09Z 2024-03-05T19:08:00Z"##,
    ),
    // p3
    (
        r##"(()=>moment('not a date').isValid()+' '+moment.utc('2024-02-30').isValid()+' '+moment.utc('2024-13-01','YYYY-MM-DD').isValid()+' '+moment('garbage').format()+' '+moment.utc('2024-02-30').toISOString())()"##,
        r##"false false false Invalid date null"##,
    ),
    // p4
    (
        r##"(()=>moment.utc('05-03-2024','DD-MM-YYYY',true).isValid()+' '+moment.utc('5-3-2024','DD-MM-YYYY',true).isValid()+' '+moment.utc('5-3-2024','DD-MM-YYYY').format())()"##,
        r##"true false 2024-03-05T00:00:00Z"##,
    ),
    // a1
    (
        r##"(()=>moment.utc(t).add(1,'day').format()+' '+moment.utc(t).add(2,'months').format()+' '+moment.utc('2024-01-31').add(1,'month').format()+' '+moment.utc(t).subtract(3,'hours').format()+' '+moment.utc(t).add({days:1,minutes:5}).format()+' '+moment.utc(t).add(1,'y').add(2,'w').add(10,'s').add(5,'ms').toISOString()+' '+moment.utc(t).add('2','d').format()+' '+moment.utc(t).add(moment.duration(90,'minutes')).format())()"##,
        r##"2024-03-06T07:08:09Z 2024-05-05T07:08:09Z 2024-02-29T00:00:00Z 2024-03-05T04:08:09Z 2024-03-06T07:13:09Z 2025-03-19T07:08:19.128Z 2024-03-07T07:08:09Z 2024-03-05T08:38:09Z"##,
    ),
    // d1
    (
        r##"(()=>{const a=moment.utc('2024-03-05'),b=moment.utc('2024-01-01'); return [a.diff(b),a.diff(b,'days'),a.diff(b,'months'),a.diff(b,'months',true),a.diff(b,'years',true),a.diff(b,'weeks'),b.diff(a,'days'),a.diff(b,'hours'),a.diff('2024-03-04T12:00:00Z','days',true)].join()})()"##,
        r##"5529600000,64,2,2.129032258064516,0.17741935483870966,9,-64,1536,0.5"##,
    ),
    // s1
    (
        r##"(()=>['year','month','quarter','week','isoWeek','day','date','hour','minute','second'].map(u=>moment.utc(t).startOf(u).toISOString()+'/'+moment.utc(t).endOf(u).toISOString()).join(' '))()"##,
        r##"2024-01-01T00:00:00.000Z/2024-12-31T23:59:59.999Z 2024-03-01T00:00:00.000Z/2024-03-31T23:59:59.999Z 2024-01-01T00:00:00.000Z/2024-03-31T23:59:59.999Z 2024-03-03T00:00:00.000Z/2024-03-09T23:59:59.999Z 2024-03-04T00:00:00.000Z/2024-03-10T23:59:59.999Z 2024-03-05T00:00:00.000Z/2024-03-05T23:59:59.999Z 2024-03-05T00:00:00.000Z/2024-03-05T23:59:59.999Z 2024-03-05T07:00:00.000Z/2024-03-05T07:59:59.999Z 2024-03-05T07:08:00.000Z/2024-03-05T07:08:59.999Z 2024-03-05T07:08:09.000Z/2024-03-05T07:08:09.999Z"##,
    ),
    // c1
    (
        r##"(()=>{const a=moment.utc(t),b=moment.utc(t).add(1,'h'); return [a.isBefore(b),a.isAfter(b),a.isSame(b),a.isSame(b,'day'),a.isSameOrBefore(b),a.isSameOrAfter(b),a.isBetween(moment.utc(t).subtract(1,'d'),b),a.isBefore('2025-01-01'),moment.isMoment(a),moment.isDate(new Date()),a.isLeapYear()].join()})()"##,
        r##"true,false,false,true,true,false,true,true,true,true,true"##,
    ),
    // g1
    (
        r##"(()=>{const a=moment.utc(t); return [a.year(),a.month(),a.date(),a.day(),a.hour(),a.hours(),a.minute(),a.second(),a.millisecond(),a.dayOfYear(),a.week(),a.isoWeek(),a.weekday(),a.isoWeekday(),a.quarter(),a.daysInMonth(),a.get('month'),a.utcOffset(),a.clone().set('year',2020).year(),a.clone().month(0).format(),a.clone().date(31).format(),a.clone().hour(25).format()].join()})()"##,
        r##"2024,2,5,2,7,7,8,9,123,65,10,10,2,2,1,31,2,0,2020,2024-01-05T07:08:09Z,2024-03-31T07:08:09Z,2024-03-06T01:08:09Z"##,
    ),
    // u1
    (
        r##"(()=>moment.unix(1709622489).utc().format()+' '+moment(1709622489123).utc().format()+' '+moment.utc([2024,2,5,1,2,3]).format()+' '+moment.utc({year:2024,month:2,day:5}).format()+' '+moment.utc(new Date(Date.UTC(2024,2,5))).format())()"##,
        r##"2024-03-05T07:08:09Z 2024-03-05T07:08:09Z 2024-03-05T01:02:03Z 2024-03-05T00:00:00Z 2024-03-05T00:00:00Z"##,
    ),
    // r1
    (
        r##"(()=>{const n=moment.utc('2024-03-05T00:00:00Z'); return ['seconds','minutes','hours','days','months','years'].map(u=>[1,44,45,89,100].map(k=>moment.utc(n).subtract(k,u).from(n)).join('|')).join(' ; ')})()"##,
        r##"a few seconds ago|a few seconds ago|a minute ago|a minute ago|2 minutes ago ; a minute ago|44 minutes ago|an hour ago|an hour ago|2 hours ago ; an hour ago|2 days ago|2 days ago|4 days ago|4 days ago ; a day ago|a month ago|a month ago|3 months ago|3 months ago ; a month ago|4 years ago|4 years ago|7 years ago|8 years ago ; a year ago|44 years ago|45 years ago|89 years ago|100 years ago"##,
    ),
    // r2
    (
        r##"(()=>moment.utc('2024-03-05').add(3,'d').from(moment.utc('2024-03-05'))+' '+moment.utc('2024-03-05').to(moment.utc('2024-03-08'))+' '+moment.utc('2024-03-05').from(moment.utc('2024-03-08'),true)+' '+typeof moment().fromNow())()"##,
        r##"in 3 days in 3 days 3 days string"##,
    ),
    // du
    (
        r##"(()=>{const d=moment.duration(3725000); return [d.hours(),d.minutes(),d.seconds(),d.asMinutes(),d.asHours(),d.humanize(),moment.duration(2,'days').asHours(),moment.duration({h:1,m:30}).asMinutes(),moment.duration('01:30:00').asMinutes(),moment.duration('P1DT2H').asHours(),moment.duration(90,'s').toISOString(),moment.duration(1,'month').days(),moment.duration(1,'d').add(2,'h').asHours(),JSON.stringify(moment.duration(5000)),moment.duration(-5,'minutes').humanize(true),moment.duration(5,'minutes').humanize(true)].join()})()"##,
        r##"1,2,5,62.083333333333336,1.0347222222222223,an hour,48,90,90,26,PT1M30S,0,26,"PT5S",5 minutes ago,in 5 minutes"##,
    ),
    // m2
    (
        r##"(()=>moment.max(moment.utc(t),moment.utc(t).add(1,'d')).format()+' '+moment.min([moment.utc(t),moment.utc(t).add(1,'d')]).format()+' '+moment.utc(t).calendar(moment.utc(t))+' '+moment.utc(t).format('ddd, DD MMM YYYY HH:mm:ss [GMT]')+' '+moment.utc(t).inspect()+' '+moment.utc().isValid()+' '+moment.invalid().isValid()+' '+moment.utc('2024-03-05T07:08:09Z', moment.ISO_8601).format())()"##,
        r##"2024-03-06T07:08:09Z 2024-03-05T07:08:09Z Today at 7:08 AM Tue, 05 Mar 2024 07:08:09 GMT moment.utc("2024-03-05T07:08:09.123+00:00") true false 2024-03-05T07:08:09Z"##,
    ),
];

/// Cases that read local time: their values were recorded with the UTC time zone (as on the project machines).
const UTC_LOCAL_CASES: &[(&str, &str)] = &[
    // tz
    (
        r##"(()=>new Date(0).getTimezoneOffset()+' '+moment.version)()"##,
        r##"0 2.30.1"##,
    ),
    // loc
    (
        r##"(()=>moment.locale()+' '+moment.utc(t).local().utcOffset()+' '+moment.utc(t).utcOffset(120).format()+' '+moment.utc(t).utcOffset('-05:00').format('YYYY-MM-DD HH:mm Z')+' '+moment.parseZone('2024-03-05T10:00:00+05:30').format()+' '+moment.utc(t).toDate().getTime()+' '+moment.utc(t).toArray()+' '+J(moment.utc(t).toObject()))()"##,
        r##"en 0 2024-03-05T09:08:09+02:00 2024-03-05 02:08 -05:00 2024-03-05T10:00:00+05:30 1709622489123 2024,2,5,7,8,9,123 {"years":2024,"months":2,"date":5,"hours":7,"minutes":8,"seconds":9,"milliseconds":123}"##,
    ),
    // m3
    (
        r##"(()=>moment(t).format()+' '+moment('2024-03-05').format()+' '+moment(t).toISOString()+' '+moment(t).format('LLLL'))()"##,
        r##"2024-03-05T07:08:09+00:00 2024-03-05T00:00:00+00:00 2024-03-05T07:08:09.123Z Tuesday, March 5, 2024 7:08 AM"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
    if host
        .eval("new Date(2024, 0, 1).getTimezoneOffset() + new Date(2024, 6, 1).getTimezoneOffset()")
        == "0"
    {
        check(&host, UTC_LOCAL_CASES);
    }
}
