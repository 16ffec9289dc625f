//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).

use super::{check, Host};

const PRELUDE: &str = r##"const J=JSON.stringify; const moment=require('moment');
const ins=['2024-03-05','2024-03-05T10:20:30','2024-03-05T10:20:30.5Z','2024-03-05T10:20:30,123+0530','2024-03-05 10:20','20240305T102030Z','2024-W10-2','2024-065','2024-03','2024','2024-03-05T24:00:00','2024-02-29','2023-02-29','2024-03-05T10:60','Tue, 05 Mar 2024 10:20:30 GMT','March 5 2024','2024/03/05','03/05/2024','1709622489','',' 2024-03-05 ','2024-3-5','+002024-03-05'];
const fmts=[['05.03.2024','DD.MM.YYYY'],['2024-03-05 07:08:09 PM','YYYY-MM-DD hh:mm:ss A'],['5th March 24','Do MMMM YY'],['Mar 5, 2024 7pm','MMM D, YYYY ha'],['2024-03-05T07:08:09+02:00','YYYY-MM-DDTHH:mm:ssZ'],['1709622489123','x'],['2024 065','YYYY DDDD'],['20240305','YYYYMMDD'],['24-03-05','YY-MM-DD'],['70-01-01','YY-MM-DD'],['2024-03-05','YYYY-MM-DD HH:mm'],['2024-03-05 10','YYYY-MM-DD'],['tuesday 2024-03-05','dddd YYYY-MM-DD'],['2024-03-05T07:08:09.1234','YYYY-MM-DDTHH:mm:ss.SSSS']];
const t=moment.utc('2024-12-30T23:59:59.999Z');"##;

const CASES: &[(&str, &str)] = &[
    // pp
    (
        r##"(()=>ins.map(s=>s+'='+moment.utc(s).format()+'/'+moment.utc(s).isValid()).join(' | '))()"##,
        r##"2024-03-05=2024-03-05T00:00:00Z/true | 2024-03-05T10:20:30=2024-03-05T10:20:30Z/true | 2024-03-05T10:20:30.5Z=2024-03-05T10:20:30Z/true | 2024-03-05T10:20:30,123+0530=2024-03-05T04:50:30Z/true | 2024-03-05 10:20=2024-03-05T10:20:00Z/true | 20240305T102030Z=2024-03-05T10:20:30Z/true | 2024-W10-2=2024-03-05T00:00:00Z/true | 2024-065=2024-03-05T00:00:00Z/true | 2024-03=2024-03-01T00:00:00Z/true | 2024=2024-01-01T00:00:00Z/true | 2024-03-05T24:00:00=2024-03-06T00:00:00Z/true | 2024-02-29=2024-02-29T00:00:00Z/true | 2023-02-29=Invalid date/false | 2024-03-05T10:60=Invalid date/false | Tue, 05 Mar 2024 10:20:30 GMT=2024-03-05T10:20:30Z/true | March 5 2024=2024-03-05T00:00:00Z/true | 2024/03/05=2024-03-05T00:00:00Z/true | 03/05/2024=2024-03-05T00:00:00Z/true | 1709622489=Invalid date/false | =Invalid date/false |  2024-03-05 =2024-03-05T00:00:00Z/true | 2024-3-5=2024-03-05T00:00:00Z/true | +002024-03-05=2024-03-05T00:00:00Z/true"##,
    ),
    // pf
    (
        r##"(()=>fmts.map(([s,f])=>s+'|'+f+'='+moment.utc(s,f).format('YYYY-MM-DD HH:mm:ss.SSS Z')+'/'+moment.utc(s,f).isValid()+'/'+moment.utc(s,f,true).isValid()).join(' ; '))()"##,
        r##"05.03.2024|DD.MM.YYYY=2024-03-05 00:00:00.000 +00:00/true/true ; 2024-03-05 07:08:09 PM|YYYY-MM-DD hh:mm:ss A=2024-03-05 19:08:09.000 +00:00/true/true ; 5th March 24|Do MMMM YY=2024-03-05 00:00:00.000 +00:00/true/true ; Mar 5, 2024 7pm|MMM D, YYYY ha=2024-03-05 19:00:00.000 +00:00/true/true ; 2024-03-05T07:08:09+02:00|YYYY-MM-DDTHH:mm:ssZ=2024-03-05 05:08:09.000 +00:00/true/true ; 1709622489123|x=2024-03-05 07:08:09.123 +00:00/true/true ; 2024 065|YYYY DDDD=2024-03-05 00:00:00.000 +00:00/true/true ; 20240305|YYYYMMDD=2024-03-05 00:00:00.000 +00:00/true/true ; 24-03-05|YY-MM-DD=2024-03-05 00:00:00.000 +00:00/true/true ; 70-01-01|YY-MM-DD=1970-01-01 00:00:00.000 +00:00/true/true ; 2024-03-05|YYYY-MM-DD HH:mm=2024-03-05 00:00:00.000 +00:00/true/false ; 2024-03-05 10|YYYY-MM-DD=2024-03-05 00:00:00.000 +00:00/true/false ; tuesday 2024-03-05|dddd YYYY-MM-DD=2024-03-05 00:00:00.000 +00:00/true/true ; 2024-03-05T07:08:09.1234|YYYY-MM-DDTHH:mm:ss.SSSS=2024-03-05 07:08:09.123 +00:00/true/true"##,
    ),
    // pa
    (
        r##"(()=>moment.utc('2024-03-05',['MM/DD/YYYY','YYYY-MM-DD']).format()+' '+moment.utc('x',['MM/DD/YYYY','YYYY-MM-DD']).isValid())()"##,
        r##"2024-03-05T00:00:00Z false"##,
    ),
    // wk
    (
        r##"(()=>[t.week(),t.isoWeek(),t.weekYear(),t.isoWeekYear(),t.format('w W gggg GGGG'),moment.utc('2021-01-03').week(),moment.utc('2021-01-03').isoWeek(),moment.utc('2020-12-31').format('ww WW')].join())()"##,
        r##"1,1,2025,2025,1 1 2025 2025,2,53,01 53"##,
    ),
    // ad
    (
        r##"(()=>[moment.utc('2024-02-29').add(1,'y').format(),moment.utc('2024-03-31').subtract(1,'M').format(),moment.utc('2024-01-31').add(1,'Q').format(),moment.utc('2024-03-10').add(1.5,'d').format(),moment.utc('2024-03-10').add(1.5,'h').format(),moment.utc('2024-03-10').add(-1,'w').format(),moment.utc('2024-03-10').add({M:1,d:-1}).format()].join(' '))()"##,
        r##"2025-02-28T00:00:00Z 2024-02-29T00:00:00Z 2024-04-30T00:00:00Z 2024-03-12T00:00:00Z 2024-03-10T01:30:00Z 2024-03-03T00:00:00Z 2024-04-09T00:00:00Z"##,
    ),
    // df
    (
        r##"(()=>{const a=moment.utc('2024-01-31'),b=moment.utc('2024-02-29'),c=moment.utc('2025-03-01T12:00:00Z'); return [b.diff(a,'months',true),a.diff(b,'months',true),c.diff(a,'years',true),c.diff(a,'quarters'),c.diff(a,'seconds'),c.diff(a,'minutes',true),a.diff(c),c.diff(a,'w',true),c.diff(a,'y')].join()})()"##,
        r##"1,-1,1.0873655913978495,4,34171200,569520,-34171200000,56.5,1"##,
    ),
    // fm
    (
        r##"(()=>['YYYY-MM-DDTHH:mm:ss.SSSZ','x X','[at] h:mm a','dddd [the] Do [of] MMMM','DDDD DDDo Qo Mo wo Wo do','k kk H HH','YYYYYY YYYYY Y','SSS SS S SSSS','N NN'].map(f=>moment.utc('2024-03-05T00:08:09.007Z').format(f)).join(' | '))()"##,
        r##"2024-03-05T00:08:09.007+00:00 | 1709597289007 1709597289 | at 12:08 am | Tuesday the 5th of March | 065 65th 1st 3rd 10th 10th 2nd | 24 24 0 00 | +002024 02024 2024 | 007 00 0 0070 | AD AD"##,
    ),
    // rel
    (
        r##"(()=>{const n=moment.utc('2024-03-05T00:00:00Z'); return [n.clone().add(30,'s').from(n), n.clone().add(10,'d').fromNow().length>0, n.clone().subtract(25,'d').from(n), n.clone().subtract(26,'d').from(n), n.clone().add(11,'M').from(n), n.clone().add(320,'d').from(n), n.clone().add(21,'h').from(n,true), n.clone().add(22,'h').from(n)].join('|')})()"##,
        r##"in a few seconds|true|25 days ago|a month ago|in a year|in 10 months|21 hours|in a day"##,
    ),
    // cal
    (
        r##"(()=>{const n=moment.utc('2024-03-05T12:00:00Z'); return [-8,-3,-1,0,1,3,8].map(d=>n.clone().add(d,'d').calendar(n)).join(' | ')})()"##,
        r##"02/26/2024 | Last Saturday at 12:00 PM | Yesterday at 12:00 PM | Today at 12:00 PM | Tomorrow at 12:00 PM | Friday at 12:00 PM | 03/13/2024"##,
    ),
    // dur
    (
        r##"(()=>[moment.duration(100000000).humanize(),moment.duration(30,'days').humanize(),moment.duration(45,'days').humanize(),moment.duration(400,'days').humanize(),moment.duration('P1Y2M3DT4H5M6S').toISOString(),moment.duration(-90,'minutes').toISOString(),moment.duration(1.5,'hours').asMilliseconds(),moment.duration({weeks:2}).days(),moment.duration(3,'months').asDays(),moment.duration('2.03:04:05').asHours(),moment.duration(0).toISOString(),moment.duration(36,'hours').days()+':'+moment.duration(36,'hours').hours(),moment.duration(1,'y').asMonths()].join(' | '))()"##,
        r##"a day | a month | a month | a year | P1Y2M3DT4H5M6S | -PT1H30M | 5400000 | 14 | 91 | 51.06805555555555 | P0D | 1:12 | 12"##,
    ),
    // set
    (
        r##"(()=>{const m=moment.utc('2024-01-31T10:00:00Z'); return [m.clone().month(1).format(),m.clone().set({year:2023,month:1,date:15,hour:5}).format(),m.clone().day(0).format(),m.clone().day(7).format(),m.clone().isoWeekday(7).format(),m.clone().dayOfYear(100).format(),m.clone().week(1).format(),m.clone().quarter(3).format(),m.clone().minutes(75).format(),m.clone().millisecond(1500).toISOString()].join(' ')})()"##,
        r##"2024-02-29T10:00:00Z 2023-02-15T05:00:00Z 2024-01-28T10:00:00Z 2024-02-04T10:00:00Z 2024-02-04T10:00:00Z 2024-04-09T10:00:00Z 2024-01-03T10:00:00Z 2024-07-31T10:00:00Z 2024-01-31T11:15:00Z 2024-01-31T10:00:01.500Z"##,
    ),
    // cmp
    (
        r##"(()=>{const a=moment.utc('2024-03-05T10:00:00Z'); return [a.isSame('2024-03-05T23:00:00Z','day'),a.isBefore('2024-03-05T23:00:00Z','day'),a.isAfter('2024-03-04T23:00:00Z','day'),a.isBetween('2024-03-05T10:00:00Z','2024-03-06',null,'[)'),a.isBetween('2024-03-05','2024-03-06','day'),a.isSame(a.clone().add(1,'ms'),'second'),a.isSameOrAfter('2024-03-05T10:00:00Z'),moment.utc('x').isBefore(a),a.isSame('2024','year')].join()})()"##,
        r##"true,false,true,true,false,true,true,false,true"##,
    ),
];

#[test]
fn matches_newman() {
    let host = Host::new();
    host.run(PRELUDE);
    check(&host, CASES);
}
