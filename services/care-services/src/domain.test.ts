import { validateFacility, type RegisterFacilityInput } from './domain';

const centre: RegisterFacilityInput = {
  id: 'seoul-hcc-mapo',
  name: '마포종합재가센터',
  type: 'HOME_CARE_CENTRE',
  centreModel: 'DAY_VISIT',
  operationMode: 'DIRECT',
  operatorId: 'seoul-pass',
  district: '마포구',
  services: ['HOME_NURSING', 'EMERGENCY_CARE'],
  openedOn: '2019-11-01',
  openedOnPrecision: 'MONTH',
  status: 'OPERATING',
};

describe('validateFacility', () => {
  it('accepts a home-care centre from the 2019 plan', () => {
    const r = validateFacility(centre);
    expect(r.ok && r.value.openedOnPrecision).toBe('MONTH');
  });

  it('requires a centre model for a home-care centre and refuses one elsewhere', () => {
    const noModel = validateFacility({ ...centre, centreModel: null });
    expect(!noModel.ok && noModel.error.extensions['field']).toBe('centreModel');
    const daycare = validateFacility({ ...centre, type: 'PUBLIC_DAYCARE_CENTRE' });
    expect(!daycare.ok && daycare.error.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('rejects ids and districts that are not keys', () => {
    const badId = validateFacility({ ...centre, id: '{"$gt":""}' });
    expect(!badId.ok && badId.error.extensions['field']).toBe('id');
    const shortDistrict = validateFacility({ ...centre, district: '마포' });
    expect(!shortDistrict.ok && shortDistrict.error.extensions['field']).toBe('district');
  });

  it('rejects impossible dates and repeated services', () => {
    expect(validateFacility({ ...centre, openedOn: '2019-02-30' }).ok).toBe(false);
    expect(validateFacility({ ...centre, services: ['HOME_CARE', 'HOME_CARE'] }).ok).toBe(false);
  });
});
