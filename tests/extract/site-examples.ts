/**
 * Example page URLs per site rule: each must pick its rule (site-rules.test.ts). Kept here, not in the
 * rules, so that test data does not ship in the capture script.
 */
export const SITE_EXAMPLES: Record<string, readonly string[]> = {
  linkedin: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://de.linkedin.com/jobs/view/data-engineer-at-acme-4012345678',
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
  ],
  glassdoor: [
    'https://www.glassdoor.com/job-listing/data-engineer-acme-JV_IC1147401_KO0,13_KE14,18.htm?jl=1009123456',
    'https://www.glassdoor.co.uk/Job/london-data-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,20.htm',
  ],
  builtin: [
    'https://builtin.com/job/data-engineer/1234567',
    'https://www.builtinnyc.com/job/software-engineer-new-grads-new-york/8554050',
  ],
  wellfound: [
    'https://wellfound.com/jobs/3012345-machine-learning-engineer',
    'https://angel.co/company/acme/jobs/1234-engineer',
  ],
  welcometothejungle: [
    'https://www.welcometothejungle.com/fr/companies/atelier-sabot/jobs/developpeur-backend-python_paris',
  ],
  stepstone: [
    'https://www.stepstone.de/stellenangebote--Data-Engineer-Berlin-Acme--1234567-inline.html',
    'https://www.stepstone.at/jobs/manager',
  ],
  xing: ['https://www.xing.com/jobs/muenchen-senior-frontend-developer-123456789'],
  jobindex: ['https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification'],
  karriere: ['https://www.karriere.at/jobs/7473235'],
  saramin: ['https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=54912763'],
  ashby: [
    'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43',
    'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43/application',
  ],
  craigslist: ['https://portland.craigslist.org/mlt/trd/d/portland-hvac-install-helper/7801228843.html'],
  corehr: ['https://ardlow.corehr.com/pls/coreportal_ardlp/erq_jobspec_version_4.jobspec?p_id=0931'],
  bamboohr: [
    'https://larkspur-dental.bamboohr.com/careers/57',
    'https://larkspur-dental.bamboohr.com/jobs/view.php?id=57',
  ],
  breezy: [
    'https://tallgrass-robotics.breezy.hr/p/7f2c1a9b3e01-field-service-technician',
    'https://tallgrass-robotics.breezy.hr/p/7f2c1a9b3e01-field-service-technician/apply',
  ],
  greenhouse: [
    'https://boards.greenhouse.io/tidewater/jobs/4012345',
    'https://job-boards.greenhouse.io/tidewater/jobs/4012345',
    'https://boards.greenhouse.io/embed/job_app?for=tidewater&token=4012345',
    'https://job-boards.greenhouse.io/embed/job_app?for=tidewater&token=4012345',
  ],
  icims: [
    'https://careers-oakridgemedical.icims.com/jobs/48213/patient-access-representative/job',
    'https://careers-oakridgemedical.icims.com/jobs/48213/patient-access-representative/job?in_iframe=1',
  ],
  indeed: [
    'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b',
    'https://ca.indeed.com/jobs?q=line+cook&l=Halifax%2C+NS&vjk=0a1b2c3d4e5f6a7b',
  ],
  jobvite: [
    'https://jobs.jobvite.com/harrow-analytics/job/oQx4bfwZ',
    'https://jobs.jobvite.com/harrow-analytics/job/oQx4bfwZ/apply',
  ],
  lever: [
    'https://jobs.lever.co/granitepeak/7d1e2f3a-0b4c-4d5e-8f90-a1b2c3d4e5f6',
    'https://jobs.lever.co/granitepeak/7d1e2f3a-0b4c-4d5e-8f90-a1b2c3d4e5f6/apply',
    'https://jobs.eu.lever.co/granitepeak/7d1e2f3a-0b4c-4d5e-8f90-a1b2c3d4e5f6/apply',
  ],
  personio: [
    'https://kessler-bau.jobs.personio.de/job/1834567?language=de',
    'https://fjordlab.jobs.personio.com/job/2201234/apply?language=en',
  ],
  recruitee: [
    'https://veldhuis-logistiek.recruitee.com/o/planner-binnenvaart',
    'https://veldhuis-logistiek.recruitee.com/o/planner-binnenvaart/c/new',
  ],
  seek: [
    'https://www.seek.com.au/job/81234567',
    'https://www.seek.co.nz/job/81234567?type=standard',
    'https://www.seek.com.au/data-analyst-jobs/in-All-Melbourne-VIC?jobId=81234567',
    'https://my.jobstreet.com/job/81234567',
    'https://hk.jobsdb.com/job/81234571',
  ],
  smartrecruiters: [
    'https://jobs.smartrecruiters.com/NordwindLogistik/744000012345678-werkstudent-controlling',
    'https://jobs.smartrecruiters.com/oneclick-ui/company/BrightwaterHotels/publication/3f1c2b7a-9d4e-4a61-8b20-5e6f7a8b9c0d?dcr_ci=BrightwaterHotels',
  ],
  teamtailor: [
    'https://nordlys.teamtailor.com/jobs/4012345-data-engineer',
    'https://career.example.teamtailor.com/jobs/4012345-data-engineer/applications/new',
  ],
  workable: [
    'https://apply.workable.com/huggingface/j/0BD8C06DB3/',
    'https://apply.workable.com/huggingface/j/0BD8C06DB3/apply/',
  ],
  workday: [
    'https://harborline.wd5.myworkdayjobs.com/en-US/External/job/Portland-OR/Clinical-Data-Analyst_R-0048213',
    'https://harborline.wd5.myworkdayjobs.com/en-US/External/job/Portland-OR/Clinical-Data-Analyst_R-0048213/apply/applyManually',
  ],
};
