import { describe, expect, it } from 'vitest';
import { profilePageLd } from './profile-page';

const publisher = { name: 'Tòa soạn', url: 'https://toasoan.test', logo: { url: 'https://toasoan.test/logo-square.png', width: 512, height: 512 } };

describe('profilePageLd', () => {
  it('describes the author as the page’s Person, with what the profile has', () => {
    const ld = profilePageLd({
      url: 'https://toasoan.test/tac-gia/tran-anh-minh',
      name: 'Trần Anh Minh',
      bio: 'Phóng viên ảnh mảng quốc phòng.',
      roleTitle: 'Phóng viên ảnh',
      image: { url: 'https://toasoan.test/anh/1x1/2026/11/a.jpg', width: 800, height: 800 },
      dateCreated: '2026-11-01T00:00:00.000Z',
      publisher,
    });
    expect(ld).toMatchObject({
      '@type': 'ProfilePage',
      url: 'https://toasoan.test/tac-gia/tran-anh-minh',
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://toasoan.test/tac-gia/tran-anh-minh#person',
        name: 'Trần Anh Minh',
        jobTitle: 'Phóng viên ảnh',
        description: 'Phóng viên ảnh mảng quốc phòng.',
        image: { '@type': 'ImageObject', url: 'https://toasoan.test/anh/1x1/2026/11/a.jpg', width: 800, height: 800 },
        worksFor: { '@type': 'NewsMediaOrganization', name: 'Tòa soạn' },
      },
    });
  });

  it('leaves out what the profile lacks instead of writing empty values', () => {
    const ld = profilePageLd({ url: 'https://toasoan.test/tac-gia/a', name: 'A', bio: null, roleTitle: null, image: null, dateCreated: '2026-11-01T00:00:00.000Z', publisher });
    expect(Object.keys(ld.mainEntity as object).sort()).toEqual(['@id', '@type', 'name', 'url', 'worksFor']);
  });
});
