/**
 * Job titles that name a profession → the core skills any recruiter tags for it. Read in the title only
 * (a "truck driver" named in a description is someone else). Lower case; each title phrase is matched as
 * whole words anywhere in the title ("Senior HGV Class 1 Driver – Nights" holds "hgv class 1 driver").
 */
export const TITLE_SKILLS: Readonly<Record<string, readonly string[]>> = {
  'truck driver|lorry driver|hgv driver|lkw-fahrer|berufskraftfahrer|chauffeur spl|camionero': ['Truck driving'],
};
