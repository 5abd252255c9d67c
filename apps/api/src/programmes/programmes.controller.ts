import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateProgrammeSchema,
  type CreateProgrammeInput,
  EnrolSchema,
  type EnrolInput,
  UpdateProgrammeSchema,
  type UpdateProgrammeInput,
  uuidField,
} from '@linkage/contracts';
import { z } from 'zod';
import { CurrentUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { BrokerHomeService } from './broker-home.service.js';
import { ProgrammesService } from './programmes.service.js';
import { VerificationQueueService } from './verification-queue.service.js';

const EnrolmentParams = z.object({ id: uuidField, organisationId: uuidField });
type EnrolmentParams = z.infer<typeof EnrolmentParams>;

@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly brokerHome: BrokerHomeService,
    private readonly verificationQueue: VerificationQueueService,
  ) {}

  /** The programme's staff's home page: needs in scope, enrolled groups, linkages, tasks. */
  @Get('programmes/:id/home')
  home(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.brokerHome.home(user, id);
  }

  /** Certificates of the enrolled organisations awaiting a broker's verification, ready ones first. */
  @Get('programmes/:id/verification-queue')
  queue(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.verificationQueue.queue(user, id);
  }

  @Post('programmes')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateProgrammeSchema }) body: CreateProgrammeInput,
  ) {
    return this.programmes.create(user, body);
  }

  /** Every programme, with its scope: a group or lead firm chooses one to enrol in. */
  @Public()
  @Get('programmes')
  list() {
    return this.programmes.list();
  }

  @Public()
  @Get('programmes/:id')
  get(@Param({ schema: IdParams }) { id }: IdParams) {
    return this.programmes.get(id);
  }

  @Patch('programmes/:id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateProgrammeSchema }) body: UpdateProgrammeInput,
  ) {
    return this.programmes.update(user, id, body);
  }

  @Get('programmes/:id/enrolments')
  enrolled(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.programmes.enrolled(user, id);
  }

  @Post('programmes/:id/enrolments')
  enrol(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: EnrolSchema }) body: EnrolInput,
  ) {
    return this.programmes.enrol(user, id, body.organisationId);
  }

  @Delete('programmes/:id/enrolments/:organisationId')
  @HttpCode(204)
  withdraw(
    @Param({ schema: EnrolmentParams }) { id, organisationId }: EnrolmentParams,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.programmes.withdraw(user, id, organisationId);
  }

  /** The programmes an organisation is enrolled in, for its own people. */
  @Get('organisations/:id/enrolments')
  enrolmentsOf(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.programmes.enrolmentsOf(user, id);
  }
}
