import { expect } from 'chai';
import { describeValue } from '../../schema/describe-value.js';
describe('describeValue', () => {
    const circular = {};
    circular.self = circular;
    const rows = [
        { what: 'a string as it is', value: 'abc', shown: 'abc' },
        { what: 'a number', value: -1.5, shown: '-1.5' },
        { what: 'NaN', value: Number.NaN, shown: 'NaN' },
        { what: 'a boolean', value: false, shown: 'false' },
        { what: 'a bigint', value: 12n, shown: '12' },
        { what: 'undefined', value: undefined, shown: 'undefined' },
        { what: 'null', value: null, shown: 'null' },
        { what: 'a symbol', value: Symbol('s'), shown: 'Symbol(s)' },
        { what: 'a function', value: () => 1, shown: 'a function' },
        { what: 'an object as JSON', value: { a: 1 }, shown: '{"a":1}' },
        { what: 'an array as JSON', value: [1, 'x'], shown: '[1,"x"]' },
        { what: 'an object JSON cannot write', value: circular, shown: 'an object' },
    ];
    for (const { what, value, shown } of rows) {
        it(`shows ${what}`, () => expect(describeValue(value)).to.equal(shown));
    }
});
//# sourceMappingURL=describe-value.test.js.map